package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.node.ArrayNode;

/** The one rule for values in a series: a missing value is null (a gap, "无数据"), never 0. */
final class ChartValues {

    private ChartValues() {
    }

    static void add(ArrayNode data, Number value) {
        if (value == null) {
            data.addNull();
        } else {
            data.add(value.doubleValue());
        }
    }

    /** As {@link #add}, to one decimal (percentages, averages). */
    static void addRounded(ArrayNode data, Number value) {
        if (value == null) {
            data.addNull();
        } else {
            data.add(Math.round(value.doubleValue() * 10) / 10.0);
        }
    }
}
