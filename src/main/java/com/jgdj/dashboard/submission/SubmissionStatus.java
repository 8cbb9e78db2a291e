package com.jgdj.dashboard.submission;

public enum SubmissionStatus {
    SUBMITTED("已报送"),
    RETURNED("退回修改"),
    ACCEPTED("已接收");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
