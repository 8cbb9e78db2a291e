package com.jgdj.dashboard.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.ObjectNode;

/**
 * An ApexCharts chart drawn in the browser by the {@code <jgdj-apex-chart>} element ({@code frontend/apex-chart.js}).
 * Feature code does not build configs by hand: it uses the typed builders of this package.
 */
@Tag("jgdj-apex-chart")
@NpmPackage(value = "apexcharts", version = "7.9.1")
@JsModule("./apex-chart.js")
public class ApexChart extends Component implements HasSize {

    public ApexChart(ChartConfig config) {
        setConfig(config);
        setWidthFull();
    }

    /**
     * The config goes to the browser as one JSON string property, which is also the only copy the session keeps
     * (what Vaadin needs to draw the chart again): no JSON tree is held in a field.
     */
    public final void setConfig(ChartConfig chartConfig) {
        ObjectNode config = chartConfig.json();
        getElement().setProperty("config", config.toString());
        // the chart is drawn after the page is laid out: keep its height from the start, so that nothing below it
        // moves when it appears (a scroll to a place further down the page stays on target)
        tools.jackson.databind.JsonNode height = config.path("chart").path("height");
        if (height.isNumber()) {
            getStyle().set("min-height", height.asInt() + "px");
        }
        getStyle().set("display", "block");
    }

    /** The config as drawn (read back from the element's property), for tests and for print/export. */
    public ObjectNode getConfig() {
        return (ObjectNode) ChartBuilder.JSON.readTree(getElement().getProperty("config"));
    }

    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    /** A click on a bar, slice or cell: which series and which data point. */
    @DomEvent("chart-click")
    public static class PointClickEvent extends ComponentEvent<ApexChart> {

        private final int seriesIndex;
        private final int dataPointIndex;

        public PointClickEvent(ApexChart source, boolean fromClient,
                               @EventData("event.detail.seriesIndex") int seriesIndex,
                               @EventData("event.detail.dataPointIndex") int dataPointIndex) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.dataPointIndex = dataPointIndex;
        }

        public int getSeriesIndex() {
            return seriesIndex;
        }

        public int getDataPointIndex() {
            return dataPointIndex;
        }
    }
}
