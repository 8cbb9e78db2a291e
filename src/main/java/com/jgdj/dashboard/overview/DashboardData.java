package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.findings.FindingCounts;
import com.jgdj.dashboard.period.PeriodKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the overview shows for one filter, read in one round of SQL queries. {@code findings} counts the
 * period's findings (rule violations, copy pairs, uncovered plan items) with the same filters.
 */
public record DashboardData(Kpis kpis, List<GradeCount> grades, List<UnitScore> top, List<UnitScore> bottom,
                            List<HistogramBin> histogram, List<TrendPoint> trend, List<HeatmapCell> heatmap,
                            List<CategoryCompleteness> completeness, IndicatorSpread indicator,
                            FindingCounts findings) {

    /**
     * Key figures. {@code excellentQuota} is the number of 优秀 places approval allows: the period's (the sum over
     * categories when the scheme counts per category), or the filtered category's own when it does.
     */
    public record Kpis(long expected, long received, long onTime, long flaggedReports, long graded,
                       BigDecimal averageScore, long excellent, long excellentQuota, long poor, long interviewsHeld) {
    }

    public record GradeCount(Grade grade, long units) {
    }

    public record UnitScore(long unitId, String unitName, BigDecimal total, Grade grade) {
    }

    /** Units whose total lies in [from, from + 5); the first and last bins are open-ended. */
    /** Units whose total is at least {@code from} and below {@code from + WIDTH}; the lowest bin holds every total
     *  below 60, the highest every total from 100. */
    public record HistogramBin(int from, long units) {

        public static final int WIDTH = 5;
        public static final int LOWEST = 55;
        public static final int HIGHEST = 100;

        public String label() {
            return from <= 55 ? "60分以下" : from >= 100 ? "100分及以上" : from + "–" + (from + 4.5);
        }
    }

    public record TrendPoint(long periodId, int year, PeriodKind kind, BigDecimal averageScore, long expected,
                             long received, long onTime) {

        public String periodName() {
            return kind.periodName(year);
        }

        public Double onTimeRate() {
            return expected == 0 ? null : Math.round(1000.0 * onTime / expected) / 10.0;
        }
    }

    /** One cell of the units × dimensions heatmap: the score as a share (0–100) of the dimension's maximum. */
    public record HeatmapCell(long unitId, String unitName, long dimensionId, String dimensionName, BigDecimal share) {
    }

    public record CategoryCompleteness(long categoryId, String categoryName, long expected, long onTime, long late,
                                       long missing) {
    }

    /** A chosen indicator across units: the highest values, the median, and how many reports mention it. */
    public record IndicatorSpread(long indicatorId, String indicatorName, List<UnitValue> top, BigDecimal median,
                                  long mentioning, long received) {
    }

    public record UnitValue(long unitId, String unitName, BigDecimal value, String unit) {
    }
}
