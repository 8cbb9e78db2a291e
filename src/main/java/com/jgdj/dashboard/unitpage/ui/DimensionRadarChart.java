package com.jgdj.dashboard.unitpage.ui;

import com.jgdj.dashboard.base.ui.chart.ApexChart;
import com.jgdj.dashboard.base.ui.chart.ChartColors;
import com.jgdj.dashboard.base.ui.chart.RadarChartBuilder;
import com.jgdj.dashboard.unitpage.DimensionScoreRow;

import java.util.List;

/** The unit's points per dimension as a share of the maximum, against the city and its category. */
class DimensionRadarChart extends ApexChart {

    private final List<DimensionScoreRow> rows;

    DimensionRadarChart(List<DimensionScoreRow> rows, String categoryName) {
        super(RadarChartBuilder.axes(rows.stream().map(DimensionScoreRow::name).toList())
                .series("本单位", rows.stream().map(DimensionScoreRow::share).toList(), ChartColors.NEUTRAL)
                .series("全市平均", rows.stream().map(DimensionScoreRow::cityShare).toList(), ChartColors.MUTED)
                .series(categoryName + "平均", rows.stream().map(DimensionScoreRow::categoryShare).toList(),
                        ChartColors.SECONDARY)
                .build());
        this.rows = List.copyOf(rows);
        setId("dimension-radar-chart");
    }

    List<DimensionScoreRow> rows() {
        return rows;
    }
}
