package com.jgdj.dashboard.unitpage.ui;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.ui.chart.ApexChart;
import com.jgdj.dashboard.base.ui.chart.ChartColors;
import com.jgdj.dashboard.base.ui.chart.LineChartBuilder;
import com.jgdj.dashboard.unitpage.GradeHistoryRow;

import java.util.List;

/** The unit's rank (1 at the top) and total across periods; the grades are shown beside as badges. */
class GradeHistoryChart extends ApexChart {

    private final List<GradeHistoryRow> rows;

    GradeHistoryChart(List<GradeHistoryRow> rows) {
        super(LineChartBuilder.categories(rows.stream().map(GradeHistoryRow::periodName).toList())
                .series("排名", rows.stream().map(GradeHistoryRow::overallRank).toList(), ChartColors.NEUTRAL)
                .seriesOnSecondAxis("总分", rows.stream().map(GradeHistoryRow::total).toList(), ChartColors.SECONDARY)
                .reversedY()
                .integerY()
                .height(280)
                .build());
        this.rows = List.copyOf(rows);
        setId("grade-history-chart");
    }

    List<String> periods() {
        return rows.stream().map(GradeHistoryRow::periodName).toList();
    }

    List<Integer> ranks() {
        return rows.stream().map(GradeHistoryRow::overallRank).toList();
    }

    List<String> totals() {
        return rows.stream().map(r -> Numbers.plain(r.total())).toList();
    }

    /** 优秀 / 良好 / 一般 / 较差 per period, "—" where the unit was not graded. */
    List<String> grades() {
        return rows.stream().map(GradeHistoryRow::grade).map(g -> g == null ? "—" : g.label()).toList();
    }

    List<Grade> gradeValues() {
        return rows.stream().map(GradeHistoryRow::grade).toList();
    }
}
