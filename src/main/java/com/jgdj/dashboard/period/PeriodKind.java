package com.jgdj.dashboard.period;

public enum PeriodKind {
    H1("上半年"),
    ANNUAL("年度");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 2023年上半年, 2023年度. */
    public String periodName(int year) {
        return this == H1 ? year + "年上半年" : year + "年度";
    }
}
