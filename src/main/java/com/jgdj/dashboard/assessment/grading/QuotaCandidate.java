package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;

/** A unit that qualifies for 优秀, ranked by total within its quota group. */
public record QuotaCandidate(long assessmentId, String unitName, String group, BigDecimal total, int rank,
                             Position position) {

    public enum Position {
        /** Safely inside the quota. */
        WITHIN("名额内"),
        /** Tied at the cut-off: some of the tied units fit, not all — the committee has to decide. */
        TIE("并列待定"),
        /** Outside the quota. */
        OUTSIDE("超出名额");

        private final String label;

        Position(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
