package com.jgdj.dashboard.completeness;

/** Which units of a period to list: all, or only those in one state; optionally one category. */
public record CompletenessFilter(long periodId, Long categoryId, State state) {

    public enum State {
        ON_TIME("按时"), LATE("逾期"), MISSING("未报送");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
