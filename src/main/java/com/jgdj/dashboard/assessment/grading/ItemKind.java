package com.jgdj.dashboard.assessment.grading;

public enum ItemKind {
    BONUS("加分"),
    DEDUCTION("扣分");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
