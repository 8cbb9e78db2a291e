package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** Typed builder of a line chart over categories (periods), with an optional second y axis. */
public final class LineChartBuilder extends ChartBuilder<LineChartBuilder> {

    private final CategorySeries data;
    private Double yMin;
    private Double yMax;
    private boolean reversedY;
    private boolean integerY;

    private LineChartBuilder(List<String> categories) {
        super("line", 300, true);
        this.data = new CategorySeries(categories, "categories");
    }

    public static LineChartBuilder categories(List<String> categories) {
        return new LineChartBuilder(categories);
    }

    /** Values may contain nulls (a gap in the line). */
    public LineChartBuilder series(String name, List<? extends Number> data, String color) {
        return add(name, data, color, false);
    }

    public LineChartBuilder seriesOnSecondAxis(String name, List<? extends Number> data, String color) {
        return add(name, data, color, true);
    }

    private LineChartBuilder add(String name, List<? extends Number> values, String color, boolean secondAxis) {
        data.add(name, values, color, secondAxis);
        return this;
    }

    public LineChartBuilder yRange(double min, double max) {
        this.yMin = min;
        this.yMax = max;
        return this;
    }

    /** For ranks: 1 at the top. */
    public LineChartBuilder reversedY() {
        this.reversedY = true;
        return this;
    }

    /** The first axis counts whole things (e.g. ranks from 1): whole ticks only. */
    public LineChartBuilder integerY() {
        this.integerY = true;
        return this;
    }

    @Override
    void fill(ObjectNode root) {
        root.putObject("stroke").put("width", 3).put("curve", "straight");
        root.putObject("markers").put("size", 5);
        // a click on a point selects it (and opens what stands behind it): needs a tooltip per point, not shared
        root.putObject("tooltip").put("shared", false).put("intersect", true);
        data.writeCategories(root);
        data.writeSeries(root, ChartValues::add);
        ArrayNode yaxes = root.putArray("yaxis");
        List<CategorySeries.Series> series = data.series();
        for (CategorySeries.Series s : series) {
            ObjectNode axis = yaxes.addObject();
            axis.put("seriesName", s.secondAxis() ? s.name() : series.getFirst().name());
            axis.put("opposite", s.secondAxis());
            axis.put("show", s.secondAxis() || s == series.getFirst());
            axis.put("reversed", reversedY && !s.secondAxis());
            if (yMin != null && !s.secondAxis()) {
                axis.put("min", yMin);
                axis.put("max", yMax);
            } else if (integerY && !s.secondAxis()) {
                IntegerAxis.apply(axis, 1, s.data().stream().filter(n -> n != null)
                        .mapToDouble(Number::doubleValue).max().orElse(1));
            }
        }
        root.putObject("legend").put("position", "top");
    }
}
