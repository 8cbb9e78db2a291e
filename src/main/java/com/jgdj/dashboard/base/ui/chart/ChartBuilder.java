package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The base of every typed chart builder: the config's {@code chart} block (type, height, font, no toolbar, no
 * animation), an optional title, and the config wrapped as a {@link ChartConfig}, so that feature code never sees
 * JSON. Values go through {@link ChartValues}: a missing value is null, never 0.
 */
public abstract class ChartBuilder<B extends ChartBuilder<B>> {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String type;
    private final boolean toolbarEntry;
    private int height;
    private String title;

    ChartBuilder(String type, int height, boolean toolbarEntry) {
        this.type = type;
        this.height = height;
        this.toolbarEntry = toolbarEntry;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    public B title(String title) {
        this.title = title;
        return self();
    }

    public B height(int pixels) {
        this.height = pixels;
        return self();
    }

    /** The height the chart is drawn at; a builder may derive it from its data. */
    int height() {
        return height;
    }

    /** More settings of the {@code chart} block, after its type and height. */
    void chartBlock(ObjectNode chart) {
    }

    /** Everything after the {@code chart} block and before the title: series, axes, legend. */
    abstract void fill(ObjectNode root);

    public final ChartConfig build() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode chart = root.putObject("chart");
        chart.put("type", type);
        chart.put("height", height());
        chartBlock(chart);
        chart.put("fontFamily", "inherit");
        if (toolbarEntry) {
            chart.putObject("toolbar").put("show", false);
        }
        chart.putObject("animations").put("enabled", false);
        fill(root);
        if (title != null) {
            root.putObject("title").put("text", title);
        }
        return new ChartConfig(root);
    }
}
