package com.jgdj.dashboard.demo;

/** The five unit categories of the demo dataset, in the order rankings list them. */
public enum DemoCategory {
    综合部门(1),
    经济部门(2),
    政法部门(3),
    社会事业部门(4),
    群团组织(5);

    private final int sortOrder;

    DemoCategory(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String label() {
        return name();
    }

    public int sortOrder() {
        return sortOrder;
    }
}
