package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** Typed builder of a donut chart: one slice per label. */
public final class DonutChartBuilder extends ChartBuilder<DonutChartBuilder> {

    private record Slice(String label, Number value, String color) {
    }

    private final List<Slice> slices = new ArrayList<>();

    private DonutChartBuilder() {
        super("donut", 300, false);
    }

    public static DonutChartBuilder create() {
        return new DonutChartBuilder();
    }

    public DonutChartBuilder slice(String label, Number value, String color) {
        slices.add(new Slice(label, value, color));
        return this;
    }

    @Override
    void fill(ObjectNode root) {
        ArrayNode series = root.putArray("series");
        ArrayNode labels = root.putArray("labels");
        ArrayNode colors = root.putArray("colors");
        for (Slice s : slices) {
            series.add(s.value().doubleValue());
            labels.add(s.label());
            colors.add(s.color());
        }
        root.putObject("legend").put("position", "bottom");
    }
}
