package com.jgdj.dashboard.assessment.grading;

/** What a veto condition (一票否决) does to the grade, whatever the points. */
public enum VetoEffect {
    NOT_EXCELLENT("不得评为优秀", Grade.GOOD),
    POOR("直接定为较差", Grade.POOR);

    private final String label;
    private final Grade cap;

    VetoEffect(String label, Grade cap) {
        this.label = label;
        this.cap = cap;
    }

    public String label() {
        return label;
    }

    public Grade cap() {
        return cap;
    }
}
