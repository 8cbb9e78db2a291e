package com.jgdj.dashboard.indicator;

public record IndicatorRow(long id, long version, String name, String patterns, int sortOrder, boolean active) {

    static IndicatorRow of(Indicator i) {
        return new IndicatorRow(i.getId(), i.getVersion(), i.getName(), i.getPatterns(), i.getSortOrder(), i.isActive());
    }

    public IndicatorForm toForm() {
        return new IndicatorForm(id, version, name, patterns, sortOrder, active);
    }
}
