package com.jgdj.dashboard.period;

public enum PeriodStatus {
    OPEN("报送中"),
    CLOSED("已关闭");

    private final String label;

    PeriodStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
