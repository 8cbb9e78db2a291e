package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed builder of a radar chart: one axis per dimension, one polygon per series. A missing value is null in its
 * series (ApexCharts cannot leave a gap in a polygon), and its axis says so: "组织建设（本单位无数据）".
 */
public final class RadarChartBuilder extends ChartBuilder<RadarChartBuilder> {

    private record Series(String name, List<? extends Number> data, String color) {
    }

    private final List<String> axes;
    private final List<Series> series = new ArrayList<>();

    private RadarChartBuilder(List<String> axes) {
        super("radar", 340, true);
        this.axes = List.copyOf(axes);
    }

    public static RadarChartBuilder axes(List<String> axes) {
        return new RadarChartBuilder(axes);
    }

    public RadarChartBuilder series(String name, List<? extends Number> data, String color) {
        if (data.size() != axes.size()) {
            throw new IllegalArgumentException("Series " + name + " has " + data.size() + " values for "
                    + axes.size() + " axes");
        }
        series.add(new Series(name, new ArrayList<>(data), color));
        return this;
    }

    @Override
    void fill(ObjectNode root) {
        ArrayNode cats = root.putObject("xaxis").putArray("categories");
        for (int i = 0; i < axes.size(); i++) {
            cats.add(axes.get(i) + missing(i));
        }
        root.putObject("yaxis").put("min", 0).put("max", 100).put("tickAmount", 4);
        ArrayNode seriesNode = root.putArray("series");
        ArrayNode colors = root.putArray("colors");
        for (Series s : series) {
            ObjectNode node = seriesNode.addObject();
            node.put("name", s.name());
            ArrayNode data = node.putArray("data");
            s.data().forEach(n -> ChartValues.addRounded(data, n));
            colors.add(s.color());
        }
        root.putObject("legend").put("position", "top");
    }

    /** "（本单位、全市平均无数据）" when these series have no value on axis {@code i}; empty when all have one. */
    private String missing(int i) {
        List<String> without = series.stream().filter(s -> s.data().get(i) == null).map(Series::name).toList();
        return without.isEmpty() ? "" : "（" + String.join("、", without) + "无数据）";
    }
}
