package com.jgdj.dashboard.assessment;

/** What of the report an evidence reference points at. */
public enum EvidenceKind {
    SENTENCE("原文"),
    COUNT("数据"),
    FLAG("问题标记");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
