package com.jgdj.dashboard.assessment;

/** The workflow of a period's assessments: 草稿 → 待审核 → 已审定 → 已通报. */
public enum AssessmentStatus {
    DRAFT("草稿"),
    REVIEW("待审核"),
    APPROVED("已审定"),
    PUBLISHED("已通报");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
