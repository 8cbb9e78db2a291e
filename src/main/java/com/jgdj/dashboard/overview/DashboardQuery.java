package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.orgunit.UnitTreeSql;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The overview's read model. Every statement starts from the same {@code units} set (active units in the user's
 * scope, the category filter, and — with a grade filter — those graded so in the period), so all cards agree.
 */
@Component
class DashboardQuery {

    private static final String UNITS = "with recursive " + UnitTreeSql.DESCENDANTS + """
            , units as (
                select u.id, u.name, u.category_id from org_unit u
                where u.active
                  and (cast(:scopeUnitId as bigint) is null or u.id = :scopeUnitId)
                  and (cast(:categoryId as bigint) is null or u.category_id = :categoryId)
                  and """ + UnitTreeSql.inDescendants("u.id") + """
                  and (cast(:grade as text) is null or exists (
                        select 1 from assessment g where g.unit_id = u.id and g.period_id = :periodId
                          and g.grade = :grade and (not :publishedOnly or g.status = 'PUBLISHED')))
            ), graded as (
                select a.id as assessment_id, a.unit_id, un.name as unit_name, a.total, a.grade from assessment a
                join units un on un.id = a.unit_id
                where a.period_id = :periodId and a.grade is not null
                  and (not :publishedOnly or a.status = 'PUBLISHED')
            )
            """;

    private final JdbcClient jdbc;

    DashboardQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private JdbcClient.StatementSpec sql(String body, DashboardFilter f, UnitScope scope, boolean publishedOnly) {
        return jdbc.sql(UNITS + body)
                .param("periodId", f.periodId())
                .param("categoryId", f.categoryId())
                .param("parentUnitId", f.parentUnitId())
                .param("grade", f.grade() == null ? null : f.grade().name())
                .param("scopeUnitId", scope.unitIdOrNull())
                .param("publishedOnly", publishedOnly);
    }

    /** {@code excellentQuota} comes from the assessment feature's quota rule; this read model never recomputes it. */
    DashboardData.Kpis kpis(DashboardFilter f, UnitScope scope, boolean publishedOnly, int excellentQuota) {
        return sql("""
                , received as (
                    select s.late, s.flag_count from submission s join units u on u.id = s.unit_id
                    where s.period_id = :periodId and s.latest
                )
                select (select count(*) from units) as expected,
                       (select count(*) from received) as received,
                       (select count(*) from received where not late) as on_time,
                       (select count(*) from received where flag_count > 0) as flagged_reports,
                       (select count(*) from graded) as graded,
                       (select round(avg(total), 1) from graded) as average_score,
                       (select count(*) from graded where grade = 'EXCELLENT') as excellent,
                       :excellentQuota as excellent_quota,
                       (select count(*) from graded where grade = 'POOR') as poor,
                       (select count(*) from interview i join units u on u.id = i.unit_id
                        where i.period_id = :periodId and i.held_on is not null) as interviews_held""",
                f, scope, publishedOnly).param("excellentQuota", excellentQuota)
                .query(RecordRows.of(DashboardData.Kpis.class)).single();
    }

    Optional<String> categoryName(long categoryId) {
        return jdbc.sql("select name from category where id = ?").param(categoryId).query(String.class).optional();
    }

    List<DashboardData.GradeCount> grades(DashboardFilter f, UnitScope scope, boolean publishedOnly) {
        return sql("""
                select grade, count(*) as units from graded group by grade
                order by array_position(array['EXCELLENT', 'GOOD', 'FAIR', 'POOR'], grade::text)""",
                f, scope, publishedOnly).query(RecordRows.of(DashboardData.GradeCount.class)).list();
    }

    List<DashboardData.UnitScore> ranked(DashboardFilter f, UnitScope scope, boolean publishedOnly, boolean best,
                                         int limit) {
        return sql("select unit_id, unit_name, total, grade from graded order by total " + (best ? "desc" : "asc")
                        + ", unit_name collate \"zh-x-icu\", unit_id limit :limit", f, scope, publishedOnly)
                .param("limit", limit).query(RecordRows.of(DashboardData.UnitScore.class)).list();
    }

    List<DashboardData.HistogramBin> histogram(DashboardFilter f, UnitScope scope, boolean publishedOnly) {
        return sql("""
                select greatest(55, least(100, floor(total / 5) * 5))::int as "from", count(*) as units
                from graded group by 1 order by 1""", f, scope, publishedOnly)
                .query(RecordRows.of(DashboardData.HistogramBin.class)).list();
    }

    /** Aggregated per period before joining: at 5,000 units × 20 periods a units × periods grid is 10× slower. */
    List<DashboardData.TrendPoint> trend(DashboardFilter f, UnitScope scope, boolean publishedOnly) {
        return sql("""
                , sent as (
                    select s.period_id, count(*) as received, count(*) filter (where not s.late) as on_time
                    from submission s join units u on u.id = s.unit_id where s.latest group by s.period_id
                ), scored as (
                    select a.period_id, round(avg(a.total), 1) as average_score
                    from assessment a join units u on u.id = a.unit_id
                    where a.grade is not null and (not :publishedOnly or a.status = 'PUBLISHED')
                    group by a.period_id
                )
                select p.id as period_id, p.year, p.kind, sc.average_score, (select count(*) from units) as expected,
                       coalesce(se.received, 0) as received, coalesce(se.on_time, 0) as on_time
                from reporting_period p
                left join sent se on se.period_id = p.id
                left join scored sc on sc.period_id = p.id
                order by p.seq""", f, scope, publishedOnly)
                .query(RecordRows.of(DashboardData.TrendPoint.class)).list();
    }

    /** The lowest-scored units (those that need attention) × the scheme's dimensions. */
    List<DashboardData.HeatmapCell> heatmap(DashboardFilter f, UnitScope scope, boolean publishedOnly, int units) {
        return sql("""
                , lowest as (select assessment_id, unit_id, unit_name, total from graded
                             order by total asc, unit_name collate "zh-x-icu", unit_id limit :units)
                select l.unit_id, l.unit_name, d.id as dimension_id, d.name as dimension_name,
                       round(100 * sc.points / d.max_points, 1) as share
                from lowest l
                join assessment_score sc on sc.assessment_id = l.assessment_id
                join scheme_dimension d on d.id = sc.dimension_id
                order by l.total asc, l.unit_name collate "zh-x-icu", l.unit_id, d.sort_order, d.id""",
                f, scope, publishedOnly).param("units", units).query(RecordRows.of(DashboardData.HeatmapCell.class)).list();
    }

    List<DashboardData.CategoryCompleteness> completeness(DashboardFilter f, UnitScope scope, boolean publishedOnly) {
        return sql("""
                select c.id as category_id, c.name as category_name, count(u.id) as expected,
                       count(s.id) filter (where not s.late) as on_time, count(s.id) filter (where s.late) as late,
                       count(u.id) - count(s.id) as missing
                from units u join category c on c.id = u.category_id
                left join submission s on s.unit_id = u.id and s.period_id = :periodId and s.latest
                group by c.id, c.name, c.sort_order order by c.sort_order, c.name""", f, scope, publishedOnly)
                .query(RecordRows.of(DashboardData.CategoryCompleteness.class)).list();
    }

    record IndicatorStats(java.math.BigDecimal median, long mentioning, long received) {
    }

    /**
     * Per unit: the sum of the indicator's counts in its latest report of the period, in the measure word the report
     * uses most (stored per report, {@code submission_indicator_value}).
     */
    private static final String INDICATOR_VALUES = """
            , values as (
                select u.id as unit_id, u.name as unit_name, v.value, v.unit
                from units u
                join submission_indicator_value v on v.unit_id = u.id and v.period_id = :periodId and v.latest
                     and v.indicator_id = :indicatorId
            )
            """;

    List<DashboardData.UnitValue> indicatorTop(DashboardFilter f, UnitScope scope, boolean publishedOnly,
                                               long indicatorId, int limit) {
        return sql(INDICATOR_VALUES + """
                select unit_id, unit_name, value, unit from values
                order by value desc, unit_name collate "zh-x-icu", unit_id limit :limit""", f, scope, publishedOnly)
                .param("indicatorId", indicatorId).param("limit", limit)
                .query(RecordRows.of(DashboardData.UnitValue.class)).list();
    }

    IndicatorStats indicatorStats(DashboardFilter f, UnitScope scope, boolean publishedOnly, long indicatorId) {
        return sql(INDICATOR_VALUES + """
                select cast((select percentile_cont(0.5) within group (order by value) from values) as numeric) as median,
                       (select count(*) from values) as mentioning,
                       (select count(*) from submission s join units u on u.id = s.unit_id
                        where s.period_id = :periodId and s.latest) as received""", f, scope, publishedOnly)
                .param("indicatorId", indicatorId).query(RecordRows.of(IndicatorStats.class)).single();
    }

    Optional<String> indicatorName(long indicatorId) {
        return jdbc.sql("select name from indicator where id = ?").param(indicatorId).query(String.class).optional();
    }
}
