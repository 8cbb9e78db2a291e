package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** Typed builder of a (stacked, optionally horizontal) bar chart config. */
public final class BarChartBuilder extends ChartBuilder<BarChartBuilder> {

    private final CategorySeries data;
    private boolean stacked;
    private boolean horizontal;
    private Boolean dataLabels;
    private boolean integerValues;

    private BarChartBuilder(List<String> categories) {
        super("bar", 320, true);
        this.data = new CategorySeries(categories, "categories");
    }

    public static BarChartBuilder categories(List<String> categories) {
        return new BarChartBuilder(categories);
    }

    public BarChartBuilder series(String name, List<? extends Number> values, String color) {
        data.add(name, values, color, false);
        return this;
    }

    public BarChartBuilder stacked() {
        this.stacked = true;
        return this;
    }

    public BarChartBuilder horizontal() {
        this.horizontal = true;
        return this;
    }

    /** Numbers on the bars; by default only on stacked bars. */
    public BarChartBuilder dataLabels(boolean show) {
        this.dataLabels = show;
        return this;
    }

    /** The values are whole numbers (e.g. counts of units): whole ticks only on the value axis. */
    public BarChartBuilder integerValues() {
        this.integerValues = true;
        return this;
    }

    @Override
    void chartBlock(ObjectNode chart) {
        chart.put("stacked", stacked);
    }

    @Override
    void fill(ObjectNode root) {
        root.putObject("plotOptions").putObject("bar").put("horizontal", horizontal);
        root.putObject("dataLabels").put("enabled", dataLabels != null ? dataLabels : stacked);
        data.writeCategories(root);
        data.writeSeries(root, ChartValues::add);
        if (integerValues) {
            // a horizontal bar chart draws the value scale on the x axis, with the x axis' tick amount, and writes
            // its labels with one decimal whenever the range is below 4 (ApexCharts' own rule): span at least 4 there
            IntegerAxis.apply(root.putObject("yaxis"), 0, largestBar(), horizontal ? 4 : 1);
            if (horizontal) {
                ((ObjectNode) root.get("xaxis")).put("tickAmount", root.get("yaxis").get("tickAmount").asInt());
            }
        }
        root.putObject("legend").put("position", "top");
    }

    private double largestBar() {
        double largest = 0;
        for (int i = 0; i < data.categories().size(); i++) {
            double bar = 0;
            for (CategorySeries.Series s : data.series()) {
                // only for the axis' extent: a missing bar is not drawn
                double v = s.data().get(i) == null ? 0 : s.data().get(i).doubleValue();
                bar = stacked ? bar + v : Math.max(bar, v);
            }
            largest = Math.max(largest, bar);
        }
        return largest;
    }
}
