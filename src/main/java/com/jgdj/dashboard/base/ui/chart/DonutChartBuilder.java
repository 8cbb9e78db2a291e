package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** Typed builder of a donut chart: one slice per label. */
public final class DonutChartBuilder {

    private record Slice(String label, Number value, String color) {
    }

    private final List<Slice> slices = new ArrayList<>();
    private String title;
    private int height = 300;

    public static DonutChartBuilder create() {
        return new DonutChartBuilder();
    }

    public DonutChartBuilder slice(String label, Number value, String color) {
        slices.add(new Slice(label, value, color));
        return this;
    }

    public DonutChartBuilder title(String title) {
        this.title = title;
        return this;
    }

    public DonutChartBuilder height(int pixels) {
        this.height = pixels;
        return this;
    }

    public ObjectNode build() {
        ObjectNode root = BarChartBuilder.JSON.createObjectNode();
        ObjectNode chart = root.putObject("chart");
        chart.put("type", "donut");
        chart.put("height", height);
        chart.put("fontFamily", "inherit");
        chart.putObject("animations").put("enabled", false);
        ArrayNode series = root.putArray("series");
        ArrayNode labels = root.putArray("labels");
        ArrayNode colors = root.putArray("colors");
        for (Slice s : slices) {
            series.add(s.value().doubleValue());
            labels.add(s.label());
            colors.add(s.color());
        }
        root.putObject("legend").put("position", "bottom");
        if (title != null) {
            root.putObject("title").put("text", title);
        }
        return root;
    }
}
