package com.jgdj.dashboard.assessment.grading;

/** 考核等次, best first (the declaration order is used to compare and cap grades). */
public enum Grade {
    EXCELLENT("优秀"),
    GOOD("良好"),
    FAIR("一般"),
    POOR("较差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worse of the two. */
    public Grade atMost(Grade cap) {
        return ordinal() >= cap.ordinal() ? this : cap;
    }
}
