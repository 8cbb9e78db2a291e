package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** Typed builder of a heatmap: rows (e.g. units) × columns (e.g. dimensions), values 0–100. */
public final class HeatmapChartBuilder extends ChartBuilder<HeatmapChartBuilder> {

    private record Row(String name, List<? extends Number> values) {
    }

    private final List<String> columns;
    private final List<Row> rows = new ArrayList<>();

    private HeatmapChartBuilder(List<String> columns) {
        super("heatmap", 0, true);
        this.columns = List.copyOf(columns);
    }

    public static HeatmapChartBuilder columns(List<String> columns) {
        return new HeatmapChartBuilder(columns);
    }

    public HeatmapChartBuilder row(String name, List<? extends Number> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("Row " + name + " has " + values.size() + " values for "
                    + columns.size() + " columns");
        }
        rows.add(new Row(name, new ArrayList<>(values)));
        return this;
    }

    @Override
    int height() {
        return Math.max(240, 28 * rows.size() + 80);
    }

    @Override
    void fill(ObjectNode root) {
        root.putObject("dataLabels").put("enabled", true);
        ArrayNode ranges = root.putObject("plotOptions").putObject("heatmap").putObject("colorScale").putArray("ranges");
        range(ranges, 0, 59.9, ChartColors.GRADE_POOR, "较差");
        range(ranges, 60, 79.9, ChartColors.GRADE_FAIR, "一般");
        range(ranges, 80, 89.9, ChartColors.GRADE_GOOD, "良好");
        range(ranges, 90, 100, ChartColors.GRADE_EXCELLENT, "优秀");
        ArrayNode series = root.putArray("series");
        // ApexCharts draws the first series at the bottom: add rows in reverse so the first row is on top
        for (Row r : rows.reversed()) {
            ObjectNode node = series.addObject();
            node.put("name", r.name());
            ArrayNode data = node.putArray("data");
            for (int i = 0; i < columns.size(); i++) {
                ObjectNode point = data.addObject();
                point.put("x", columns.get(i));
                Number v = r.values().get(i);
                if (v == null) {
                    point.putNull("y");
                } else {
                    point.put("y", Math.round(v.doubleValue() * 10) / 10.0);
                }
            }
        }
    }

    private static void range(ArrayNode ranges, double from, double to, String color, String name) {
        ranges.addObject().put("from", from).put("to", to).put("color", color).put("name", name);
    }
}
