package com.jgdj.dashboard.unitpage.ui;

import com.jgdj.dashboard.base.ui.chart.ApexChart;
import com.jgdj.dashboard.base.ui.chart.BarChartBuilder;
import com.jgdj.dashboard.base.ui.chart.ChartColors;
import com.jgdj.dashboard.unitpage.IndicatorCountRow;

import java.util.List;

/** The counts of the unit's report against the city median, per indicator and measure word. */
class IndicatorMedianChart extends ApexChart {

    private final List<IndicatorCountRow> rows;

    /** Only the counts this period's report gives; those only the previous one gave are for the changes card. */
    IndicatorMedianChart(List<IndicatorCountRow> all) {
        this(all.stream().filter(r -> r.count() != null).toList(), null);
    }

    private IndicatorMedianChart(List<IndicatorCountRow> rows, Void unused) {
        super(BarChartBuilder.categories(rows.stream().map(IndicatorCountRow::label).toList())
                .series("本单位", rows.stream().map(IndicatorCountRow::count).toList(), ChartColors.NEUTRAL)
                .series("全市中位数", rows.stream().map(IndicatorCountRow::cityMedian).toList(), ChartColors.MUTED)
                .horizontal()
                .height(Math.max(200, 60 + 36 * rows.size()))
                .build());
        this.rows = rows;
        setId("indicator-median-chart");
    }

    List<IndicatorCountRow> rows() {
        return rows;
    }
}
