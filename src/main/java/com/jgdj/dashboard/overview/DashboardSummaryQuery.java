package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.base.db.PeriodSummaries;
import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The overview's cards for the committee without a unit filter (all units, or one category), read from the summaries
 * the database keeps: {@code period_category_counts} (changeset 20261206-A2), {@code period_rank} (20261205-A1) and
 * {@code submission_indicator_value} (20261206-A3). They give what {@link DashboardQuery} counts over every unit of the
 * period (the same active units, graded results and order), reading a few rows per category and the rows shown. The
 * score bins of {@code period_category_counts} are {@link DashboardData.HistogramBin}'s (from 55 in steps of 5 to
 * 100). A reporter (one unit, published results only), a 上级单位 or a grade filter reads through
 * {@link DashboardQuery}.
 */
@Component
class DashboardSummaryQuery {

    private final JdbcClient jdbc;

    DashboardSummaryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the summaries hold what this filter and user see. */
    static boolean covers(DashboardFilter f, UnitScope scope, boolean publishedOnly) {
        return PeriodSummaries.answer(scope.unitIdOrNull(), publishedOnly, f.parentUnitId(), f.grade());
    }

    /** Brings the summaries up to date with what this transaction wrote (nothing in a read-only one). */
    void settle() {
        PeriodSummaries.settle(jdbc);
    }

    private static String counts(DashboardFilter f) {
        return "from period_category_counts k where k.period_id = :periodId"
                + (f.categoryId() == null ? "" : " and k.category_id = :categoryId");
    }

    private JdbcClient.StatementSpec sql(String sql, DashboardFilter f) {
        return jdbc.sql(sql).param("periodId", f.periodId()).param("categoryId", f.categoryId());
    }

    DashboardData.Kpis kpis(DashboardFilter f, int excellentQuota) {
        return sql("""
                select coalesce(sum(k.units), 0) as expected, coalesce(sum(k.received), 0) as received,
                       coalesce(sum(k.on_time), 0) as on_time, coalesce(sum(k.flagged_reports), 0) as flagged_reports,
                       coalesce(sum(k.graded), 0) as graded, round(sum(k.total_sum) / nullif(sum(k.graded), 0), 1)
                       as average_score, coalesce(sum(k.excellent), 0) as excellent, :excellentQuota as excellent_quota,
                       coalesce(sum(k.poor), 0) as poor, coalesce(sum(k.interviews_held), 0) as interviews_held
                """ + counts(f), f).param("excellentQuota", excellentQuota)
                .query(RecordRows.of(DashboardData.Kpis.class)).single();
    }

    List<DashboardData.GradeCount> grades(DashboardFilter f) {
        return sql("""
                select g.grade, g.units
                from (select sum(k.excellent) as e, sum(k.good) as g, sum(k.fair) as f, sum(k.poor) as p
                      """ + counts(f) + """
                ) s
                cross join lateral (values (1, 'EXCELLENT', s.e), (2, 'GOOD', s.g), (3, 'FAIR', s.f), (4, 'POOR', s.p))
                     as g (n, grade, units)
                where g.units > 0 order by g.n""", f)
                .query(RecordRows.of(DashboardData.GradeCount.class)).list();
    }

    List<DashboardData.HistogramBin> histogram(DashboardFilter f) {
        return sql("""
                select (:lowest + :width * (b.n - 1))::int as "from", sum(b.units) as units
                from period_category_counts k
                cross join lateral unnest(k.score_bins) with ordinality as b (units, n)
                where k.period_id = :periodId""" + (f.categoryId() == null ? "" : " and k.category_id = :categoryId")
                + """

                group by b.n having sum(b.units) > 0 order by b.n""", f)
                .param("lowest", DashboardData.HistogramBin.LOWEST).param("width", DashboardData.HistogramBin.WIDTH)
                .query(RecordRows.of(DashboardData.HistogramBin.class)).list();
    }

    List<DashboardData.TrendPoint> trend(DashboardFilter f) {
        return sql("""
                select p.id as period_id, p.year, p.kind,
                       round(sum(k.total_sum) / nullif(sum(k.graded), 0), 1) as average_score,
                       (select coalesce(sum(x.units), 0) from period_category_counts x where x.period_id = :periodId"""
                + (f.categoryId() == null ? "" : " and x.category_id = :categoryId") + """
                ) as expected,
                       coalesce(sum(k.received), 0) as received, coalesce(sum(k.on_time), 0) as on_time
                from reporting_period p
                left join period_category_counts k on k.period_id = p.id"""
                + (f.categoryId() == null ? "" : " and k.category_id = :categoryId") + """

                group by p.id, p.year, p.kind, p.seq
                order by p.seq""", f)
                .query(RecordRows.of(DashboardData.TrendPoint.class)).list();
    }

    List<DashboardData.CategoryCompleteness> completeness(DashboardFilter f) {
        return sql("""
                select c.id as category_id, c.name as category_name, k.units as expected, k.on_time,
                       k.received - k.on_time as late, k.units - k.received as missing
                from period_category_counts k join category c on c.id = k.category_id
                where k.period_id = :periodId and k.units > 0"""
                + (f.categoryId() == null ? "" : " and k.category_id = :categoryId") + """

                order by c.sort_order, c.name""", f)
                .query(RecordRows.of(DashboardData.CategoryCompleteness.class)).list();
    }

    /** The values of the active units (of the category) whose latest report of the period states the indicator. */
    private static String indicatorValues(DashboardFilter f) {
        return """
                from submission_indicator_value v
                where v.period_id = :periodId and v.indicator_id = :indicatorId and v.latest and v.active"""
                + (f.categoryId() == null ? "" : " and v.category_id = :categoryId");
    }

    List<DashboardData.UnitValue> indicatorTop(DashboardFilter f, long indicatorId, int limit) {
        return sql("""
                select v.unit_id, u.name as unit_name, v.value, v.unit
                from (select v.unit_id, v.value, v.unit""" + " " + indicatorValues(f) + """

                      order by v.value desc fetch first (:limit) rows with ties) v
                join org_unit u on u.id = v.unit_id
                order by v.value desc, u.name collate "zh-x-icu", v.unit_id limit :limit""", f)
                .param("indicatorId", indicatorId).param("limit", limit)
                .query(RecordRows.of(DashboardData.UnitValue.class)).list();
    }

    DashboardQuery.IndicatorStats indicatorStats(DashboardFilter f, long indicatorId) {
        return sql("select cast((select percentile_cont(0.5) within group (order by v.value) " + indicatorValues(f)
                + ") as numeric) as median, (select count(*) " + indicatorValues(f) + ") as mentioning, "
                + "(select coalesce(sum(k.received), 0) " + counts(f) + ") as received", f)
                .param("indicatorId", indicatorId).query(RecordRows.of(DashboardQuery.IndicatorStats.class)).single();
    }

    /** The graded active units in the ranking's order (best first), or from the lowest total. */
    private static String ranked(DashboardFilter f, boolean best) {
        return """
                select r.unit_id, u.name as unit_name, r.total, r.grade, r.bottom_rank
                from period_rank r join org_unit u on u.id = r.unit_id and u.active
                where r.period_id = :periodId and not r.published_only"""
                + (f.categoryId() == null ? "" : " and r.category_id = :categoryId") + "\n"
                + (best ? "order by r.position" : "order by r.bottom_rank, u.name collate \"zh-x-icu\", r.unit_id")
                + "\nlimit :limit";
    }

    List<DashboardData.UnitScore> ranked(DashboardFilter f, boolean best, int limit) {
        return sql("select unit_id, unit_name, total, grade from (" + ranked(f, best) + ") r", f)
                .param("limit", limit).query(RecordRows.of(DashboardData.UnitScore.class)).list();
    }

    List<DashboardData.HeatmapCell> heatmap(DashboardFilter f, int units) {
        return sql("with lowest as (" + ranked(f, false) + """
                )
                select l.unit_id, l.unit_name, d.id as dimension_id, d.name as dimension_name,
                       round(100 * sc.points / d.max_points, 1) as share
                from lowest l
                join assessment a on a.unit_id = l.unit_id and a.period_id = :periodId
                join assessment_score sc on sc.assessment_id = a.id
                join scheme_dimension d on d.id = sc.dimension_id
                order by l.bottom_rank, l.unit_name collate "zh-x-icu", l.unit_id, d.sort_order, d.id""", f)
                .param("limit", units).query(RecordRows.of(DashboardData.HeatmapCell.class)).list();
    }
}
