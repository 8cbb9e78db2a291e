package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Typed builder of a radar chart: one axis per dimension, one polygon per series. A missing value is null in its
 * series (ApexCharts cannot leave a gap in a polygon), and its axis says so: "组织建设（本单位无数据）".
 */
public final class RadarChartBuilder extends ChartBuilder<RadarChartBuilder> {

    private final CategorySeries data;

    private RadarChartBuilder(List<String> axes) {
        super("radar", 340, true);
        this.data = new CategorySeries(axes, "axes");
    }

    public static RadarChartBuilder axes(List<String> axes) {
        return new RadarChartBuilder(axes);
    }

    public RadarChartBuilder series(String name, List<? extends Number> values, String color) {
        data.add(name, values, color, false);
        return this;
    }

    @Override
    void fill(ObjectNode root) {
        data.writeCategories(root, i -> data.categories().get(i) + missing(i));
        root.putObject("yaxis").put("min", 0).put("max", 100).put("tickAmount", 4);
        data.writeSeries(root, ChartValues::addRounded);
        root.putObject("legend").put("position", "top");
    }

    /** "（本单位、全市平均无数据）" when these series have no value on axis {@code i}; empty when all have one. */
    private String missing(int i) {
        List<String> without = data.series().stream().filter(s -> s.data().get(i) == null)
                .map(CategorySeries.Series::name).toList();
        return without.isEmpty() ? "" : "（" + String.join("、", without) + "无数据）";
    }
}
