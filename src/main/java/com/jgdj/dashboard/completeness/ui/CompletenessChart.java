package com.jgdj.dashboard.completeness.ui;

import com.jgdj.dashboard.base.ui.chart.BarChartBuilder;
import com.jgdj.dashboard.base.ui.chart.ChartColors;
import com.jgdj.dashboard.base.ui.chart.ChartConfig;
import com.jgdj.dashboard.completeness.CompletenessFilter;

import java.util.List;

/**
 * The one completeness chart (overview card and completeness page): per category a stacked bar of units that
 * reported on time, late, or not at all. Series {@code i} is {@code CompletenessFilter.State.values()[i]}.
 */
public final class CompletenessChart {

    /** One category's bar. */
    public record Bar(String category, long onTime, long late, long missing) {

        long units(CompletenessFilter.State state) {
            return switch (state) {
                case ON_TIME -> onTime;
                case LATE -> late;
                case MISSING -> missing;
            };
        }
    }

    private CompletenessChart() {
    }

    public static ChartConfig of(List<Bar> bars) {
        BarChartBuilder chart = BarChartBuilder.categories(bars.stream().map(Bar::category).toList());
        for (CompletenessFilter.State state : CompletenessFilter.State.values()) {
            chart.series(state.label(), bars.stream().map(b -> b.units(state)).toList(), color(state));
        }
        return chart.stacked().horizontal().integerValues().height(260).build();
    }

    static String color(CompletenessFilter.State state) {
        return switch (state) {
            case ON_TIME -> ChartColors.ON_TIME;
            case LATE -> ChartColors.LATE;
            case MISSING -> ChartColors.MISSING;
        };
    }

    /** The state a click on series {@code seriesIndex} stands for. */
    public static CompletenessFilter.State state(int seriesIndex) {
        return CompletenessFilter.State.values()[seriesIndex];
    }
}
