package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.node.ObjectNode;

/** A finished chart config from a {@link ChartBuilder}, for an {@link ApexChart}; its JSON stays in this package. */
public final class ChartConfig {

    private final ObjectNode json;

    ChartConfig(ObjectNode json) {
        this.json = json;
    }

    /** A copy of the JSON the chart receives. */
    ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
