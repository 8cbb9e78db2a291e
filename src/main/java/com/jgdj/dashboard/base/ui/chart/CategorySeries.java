package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * Named series over a fixed list of categories (a bar's categories, a line's periods, a radar's axes): one value per
 * category, a missing value kept as null; written as {@code xaxis.categories}, {@code series} and {@code colors}.
 */
final class CategorySeries {

    /** {@code secondAxis}: drawn against the line chart's second y axis (other charts have none). */
    record Series(String name, List<? extends Number> data, String color, boolean secondAxis) {
    }

    private final List<String> categories;
    private final String categoriesName;
    private final List<Series> series = new ArrayList<>();

    /** {@code categoriesName} names the categories in the error for a series of the wrong length ("axes"). */
    CategorySeries(List<String> categories, String categoriesName) {
        this.categories = List.copyOf(categories);
        this.categoriesName = categoriesName;
    }

    List<String> categories() {
        return categories;
    }

    List<Series> series() {
        return series;
    }

    void add(String name, List<? extends Number> data, String color, boolean secondAxis) {
        if (data.size() != categories.size()) {
            throw new IllegalArgumentException("Series " + name + " has " + data.size() + " values for "
                    + categories.size() + " " + categoriesName);
        }
        // a missing value stays null (List.copyOf would refuse it)
        series.add(new Series(name, Collections.unmodifiableList(new ArrayList<>(data)), color, secondAxis));
    }

    /** {@code xaxis.categories}, each category's label given by {@code label} (its index). */
    void writeCategories(ObjectNode root, IntFunction<String> label) {
        ArrayNode cats = root.putObject("xaxis").putArray("categories");
        for (int i = 0; i < categories.size(); i++) {
            cats.add(label.apply(i));
        }
    }

    void writeCategories(ObjectNode root) {
        writeCategories(root, categories::get);
    }

    /** {@code series} (name and data, each value through {@code value}) and their {@code colors}. */
    void writeSeries(ObjectNode root, BiConsumer<ArrayNode, Number> value) {
        ArrayNode seriesNode = root.putArray("series");
        ArrayNode colors = root.putArray("colors");
        for (Series s : series) {
            ObjectNode node = seriesNode.addObject();
            node.put("name", s.name());
            ArrayNode data = node.putArray("data");
            s.data().forEach(n -> value.accept(data, n));
            colors.add(s.color());
        }
    }
}
