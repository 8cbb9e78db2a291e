package com.jgdj.dashboard.overview.ui;

import com.jgdj.dashboard.base.ui.chart.ApexChart;
import com.jgdj.dashboard.base.ui.chart.ChartConfig;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/** A titled card holding one chart (or a note when there is nothing to draw). */
class ChartCard extends Div {

    final ApexChart chart;

    ChartCard(String id, String title, ChartConfig config, boolean empty, String emptyNote) {
        addClassName("chart-card");
        setId(id);
        add(new H4(title));
        chart = new ApexChart(config);
        if (empty) {
            add(new Span(emptyNote));
        } else {
            add(chart);
        }
    }
}
