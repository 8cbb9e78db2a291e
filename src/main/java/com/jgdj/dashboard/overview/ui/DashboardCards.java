package com.jgdj.dashboard.overview.ui;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.assessment.ui.GradeColors;
import com.jgdj.dashboard.base.ui.chart.BarChartBuilder;
import com.jgdj.dashboard.base.ui.chart.ChartColors;
import com.jgdj.dashboard.base.ui.chart.DonutChartBuilder;
import com.jgdj.dashboard.base.ui.chart.HeatmapChartBuilder;
import com.jgdj.dashboard.completeness.ui.CompletenessChart;
import com.jgdj.dashboard.base.ui.chart.LineChartBuilder;
import com.jgdj.dashboard.completeness.CompletenessFilter;
import com.jgdj.dashboard.overview.DashboardData;
import com.jgdj.dashboard.overview.DashboardFilter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** The overview's chart cards, each built from records of one read-model query and each a door to its data. */
final class DashboardCards {

    private DashboardCards() {
    }

    static ChartCard grades(DashboardData data, DashboardFilter filter) {
        DonutChartBuilder donut = DonutChartBuilder.create();
        data.grades().forEach(g -> donut.slice(g.grade().label(), g.units(), GradeColors.of(g.grade())));
        ChartCard card = new ChartCard("card-grades", "考核等次分布", donut.build(), data.grades().isEmpty(),
                "本期尚无考核结果");
        // the listeners keep only what a click needs (never the whole DashboardData: it would stay in the session)
        List<Grade> slices = data.grades().stream().map(DashboardData.GradeCount::grade).toList();
        card.chart.addPointClickListener(e -> DashboardNavigation.rankingWithGrade(filter,
                slices.get(e.getDataPointIndex())));
        return card;
    }

    /** The best and the worst units (all of them when there are few), best on top, bars coloured by grade. */
    static ChartCard ranking(DashboardData data, DashboardFilter filter) {
        List<DashboardData.UnitScore> rows = new ArrayList<>(data.top());
        data.bottom().reversed().stream().filter(b -> rows.stream().noneMatch(t -> t.unitId() == b.unitId()))
                .forEach(rows::add);
        BarChartBuilder bars = BarChartBuilder.categories(rows.stream().map(DashboardData.UnitScore::unitName).toList())
                .horizontal().dataLabels(false).height(Math.max(260, 24 * rows.size() + 60));
        // one series per grade keeps the colour per bar and the legend in grade terms
        for (Grade grade : Grade.values()) {
            bars.series(grade.label(), rows.stream().map(r -> r.grade() == grade ? r.total() : BigDecimal.ZERO).toList(),
                    GradeColors.of(grade));
        }
        ChartCard card = new ChartCard("card-ranking", "考核排名（前" + data.top().size() + "名与后"
                + data.bottom().size() + "名）", bars.stacked().build(), rows.isEmpty(), "本期尚无考核结果");
        List<Long> unitIds = rows.stream().map(DashboardData.UnitScore::unitId).toList();
        card.chart.addPointClickListener(e -> DashboardNavigation.unit(unitIds.get(e.getDataPointIndex()),
                filter.periodId()));
        return card;
    }

    /** A bar opens the ranking of the units whose total lies in its band (with the overview's filters). */
    static ChartCard histogram(DashboardData data, DashboardFilter filter) {
        List<DashboardData.HistogramBin> bins = fullBins(data.histogram());
        ChartCard card = new ChartCard("card-histogram", "总分分布", BarChartBuilder
                .categories(bins.stream().map(DashboardData.HistogramBin::label).toList())
                .series("单位数", bins.stream().map(DashboardData.HistogramBin::units).toList(), ChartColors.NEUTRAL)
                .integerValues().height(260).build(), data.histogram().isEmpty(), "本期尚无考核结果");
        card.chart.addPointClickListener(e -> DashboardNavigation.rankingInBand(filter,
                bins.get(e.getDataPointIndex())));
        return card;
    }

    /** Every 5-point bin from 60分以下 to 100分及以上, empty ones as 0, so the axis never jumps. */
    static List<DashboardData.HistogramBin> fullBins(List<DashboardData.HistogramBin> present) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (int from = 55; from <= 100; from += 5) {
            counts.put(from, 0L);
        }
        present.forEach(b -> counts.put(b.from(), b.units()));
        return counts.entrySet().stream().map(e -> new DashboardData.HistogramBin(e.getKey(), e.getValue())).toList();
    }

    static ChartCard trend(DashboardData data, LongConsumer choosePeriod) {
        List<DashboardData.TrendPoint> points = data.trend();
        ChartCard card = new ChartCard("card-trend", "各报送期平均分与按时报送率", LineChartBuilder
                .categories(points.stream().map(DashboardData.TrendPoint::periodName).toList())
                .series("平均分", points.stream().map(DashboardData.TrendPoint::averageScore).toList(), ChartColors.NEUTRAL)
                .seriesOnSecondAxis("按时报送率（%）", points.stream().map(DashboardData.TrendPoint::onTimeRate).toList(),
                        ChartColors.ON_TIME)
                .height(280).build(), points.isEmpty(), "尚未设置报送期");
        List<Long> periodIds = points.stream().map(DashboardData.TrendPoint::periodId).toList();
        card.chart.addPointClickListener(e -> choosePeriod.accept(periodIds.get(e.getDataPointIndex())));
        return card;
    }

    static ChartCard heatmap(DashboardData data, DashboardFilter filter) {
        Map<Long, String> dimensions = new LinkedHashMap<>();
        Map<Long, String> units = new LinkedHashMap<>();
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (DashboardData.HeatmapCell c : data.heatmap()) {
            dimensions.putIfAbsent(c.dimensionId(), c.dimensionName());
            units.putIfAbsent(c.unitId(), c.unitName());
            shares.put(c.unitId() + "/" + c.dimensionId(), c.share());
        }
        HeatmapChartBuilder heatmap = HeatmapChartBuilder.columns(List.copyOf(dimensions.values()));
        units.forEach((unitId, name) -> heatmap.row(name, dimensions.keySet().stream()
                .map(d -> shares.get(unitId + "/" + d)).toList()));
        List<Long> unitIds = List.copyOf(units.keySet());
        List<Long> dimensionIds = List.copyOf(dimensions.keySet());
        ChartCard card = new ChartCard("card-heatmap", "排名靠后单位各指标得分率（%）", heatmap.build(),
                units.isEmpty(), "本期尚无考核结果");
        // the builder draws the last row first: series index counts from the bottom
        card.chart.addPointClickListener(e -> DashboardNavigation.unitAtDimension(
                unitIds.get(unitIds.size() - 1 - e.getSeriesIndex()), filter.periodId(),
                dimensionIds.get(e.getDataPointIndex())));
        return card;
    }

    static ChartCard completeness(DashboardData data, DashboardFilter filter) {
        List<DashboardData.CategoryCompleteness> rows = data.completeness();
        ChartCard card = new ChartCard("card-completeness", "各类别报送情况", CompletenessChart.of(rows.stream()
                .map(r -> new CompletenessChart.Bar(r.categoryName(), r.onTime(), r.late(), r.missing())).toList()),
                rows.isEmpty(), "没有单位");
        List<Long> categoryIds = rows.stream().map(DashboardData.CategoryCompleteness::categoryId).toList();
        card.chart.addPointClickListener(e -> DashboardNavigation.completeness(filter.periodId(),
                categoryIds.get(e.getDataPointIndex()), CompletenessChart.state(e.getSeriesIndex())));
        return card;
    }

    static ChartCard indicator(DashboardData.IndicatorSpread spread, DashboardFilter filter) {
        List<DashboardData.UnitValue> top = spread.top();
        String unit = top.isEmpty() ? "" : top.getFirst().unit();
        String median = spread.median() == null ? "—" : spread.median().stripTrailingZeros().toPlainString() + unit;
        ChartCard card = new ChartCard("card-indicator", spread.indicatorName() + "：最多的" + top.size() + "个单位（中位数 "
                + median + "，" + spread.mentioning() + "/" + spread.received() + " 份报告提及）", BarChartBuilder
                .categories(top.stream().map(DashboardData.UnitValue::unitName).toList())
                .series(spread.indicatorName(), top.stream().map(DashboardData.UnitValue::value).toList(),
                        ChartColors.SECONDARY)
                .horizontal().height(Math.max(240, 24 * top.size() + 60)).build(), top.isEmpty(), "本期报告未提及该指标");
        List<Long> unitIds = top.stream().map(DashboardData.UnitValue::unitId).toList();
        card.chart.addPointClickListener(e -> DashboardNavigation.unit(unitIds.get(e.getDataPointIndex()),
                filter.periodId()));
        return card;
    }
}
