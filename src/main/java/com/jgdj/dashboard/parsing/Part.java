package com.jgdj.dashboard.parsing;

/** What a stretch of a report is about. Only the last three are "parts" in the output contract. */
public enum Part {
    OPENING("opening"),
    CLOSING("closing"),
    WORK_DONE("work_done"),
    PROBLEMS("problems"),
    PLANS("plans");

    private final String code;

    Part(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isContentPart() {
        return this == WORK_DONE || this == PROBLEMS || this == PLANS;
    }
}
