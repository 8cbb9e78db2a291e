package com.jgdj.dashboard.documents;

/** The documents whose editable parts an administrator keeps: the 通报 and the 反馈意见. */
public enum TemplateKind {
    NOTICE("通报"),
    FEEDBACK("反馈意见");

    private final String label;

    TemplateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
