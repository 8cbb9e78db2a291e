package com.jgdj.dashboard.assessment.grading;

import java.util.List;

/** The quota of one group (the whole period, or one category): units, places, and who qualifies. */
public record QuotaGroup(String name, int units, int allowed, List<QuotaCandidate> candidates) {

    public boolean exceeded() {
        return candidates.size() > allowed;
    }
}
