package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.orgunit.UnitTreeSql;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * The enabled count rules evaluated on the latest reports of one period, in one statement. A report's count of an
 * indicator is the largest figure it states in the rule's measure words (as the grading hints take it: reports repeat
 * a figure, 全年…其中…, more often than they split it); minimum and comparison rules take the largest over all the
 * rule's measure words, the half-year and outlier rules compare like with like per measure word. The outlier rule
 * needs at least 5 reports stating the count and a MAD above 0. The period's counts are read report by report
 * through the primary key of {@code submission_metric} (the {@code metrics} expression), never by scanning every
 * report's counts of every period, and carried without their text (read for the violations only) but with whether
 * the unit passes the filters (every report counts towards the outlier medians; only the filtered units' violations
 * are listed). The half-year rule compares within one window over both periods' figures
 * rather than joining them (a join the planner misjudged into minutes at 5,000 units).
 */
@Repository
class RuleViolationQuery {

    static final int OUTLIER_MIN_REPORTS = 5;

    /** The filtered units and every rule's violations, as common table expressions ending in {@code violations}. */
    static final String VIOLATIONS = "with recursive " + UnitTreeSql.DESCENDANTS + ", " + UnitTreeSql.FILTERED_UNITS
            + """
            , rules as (
                select r.id, r.kind, r.indicator_id, r.other_indicator_id, r.threshold,
                       string_to_array(r.units, '|') as units, string_to_array(r.other_units, '|') as other_units
                from count_rule r where r.enabled
            ),
            period as (select id, year, kind from reporting_period where id = :periodId),
            subs as (
                select s.id, s.unit_id, s.unit_id in (select id from filtered_units) as in_filter
                from submission s where s.period_id = :periodId and s.latest
            ),
            metrics as materialized (
                select subs.unit_id, subs.in_filter, m.submission_id, m.ordinal, m.indicator_id, m.unit, m.number,
                       m.start_offset
                from subs cross join lateral (
                    select * from submission_metric m where m.submission_id = subs.id and m.indicator_id is not null
                ) m
            ),
            rule_units as (select r.id, r.kind, r.indicator_id, unnest(r.units) as unit from rules r),
            figures as (
                select distinct on (m.submission_id, r.id, m.indicator_id, grp)
                       r.id as rule_id, m.unit_id, m.submission_id, m.indicator_id, m.unit, m.number, m.ordinal,
                       m.start_offset,
                       case when r.kind in ('MINIMUM', 'NOT_ABOVE') then '' else m.unit end as grp, m.in_filter
                from rule_units r
                join metrics m on m.unit = r.unit
                where r.indicator_id is null or m.indicator_id = r.indicator_id
                order by m.submission_id, r.id, m.indicator_id, grp, m.number desc, m.start_offset
            ),
            other_figures as (
                select distinct on (r.id, m.submission_id) r.id as rule_id, m.submission_id, m.number, m.unit
                from (select id, other_indicator_id, unnest(other_units) as unit from rules where kind = 'NOT_ABOVE') r
                join metrics m on m.unit = r.unit and m.indicator_id = r.other_indicator_id
                order by r.id, m.submission_id, m.number desc
            ),
            half_year as (
                select r.id as rule_id, s.unit_id, m.indicator_id, m.unit, m.number
                from period p
                join reporting_period h on h.year = p.year and h.kind = 'H1' and p.kind = 'ANNUAL'
                join submission s on s.period_id = h.id and s.latest
                cross join lateral (
                    select * from submission_metric m where m.submission_id = s.id and m.indicator_id is not null
                ) m
                join rule_units r on r.unit = m.unit and r.kind = 'HALF_NOT_ABOVE_ANNUAL'
                where r.indicator_id is null or m.indicator_id = r.indicator_id
            ),
            half_compared as (
                select x.*, max(x.half_number) over (partition by x.rule_id, x.unit_id, x.indicator_id, x.unit)
                            as half_max
                from (
                    select f.rule_id, f.unit_id, f.submission_id, f.indicator_id, f.unit, f.number, f.ordinal,
                           f.start_offset, f.grp, f.in_filter, null::numeric as half_number, true as annual
                    from figures f join rules r on r.id = f.rule_id cross join period p
                    where r.kind = 'HALF_NOT_ABOVE_ANNUAL' and p.kind = 'ANNUAL'
                    union all
                    select h.rule_id, h.unit_id, null, h.indicator_id, h.unit, null, null, null, null, null, h.number,
                           false
                    from half_year h
                ) x
            ),
            centre as (
                select f.rule_id, f.indicator_id, f.unit, count(*) as reports,
                       percentile_cont(0.5) within group (order by f.number) as median
                from figures f join rules r on r.id = f.rule_id
                where r.kind = 'OUTLIER'
                group by f.rule_id, f.indicator_id, f.unit
            ),
            spread as (
                select c.rule_id, c.indicator_id, c.unit, c.reports, c.median,
                       percentile_cont(0.5) within group (order by abs(f.number - c.median)) as mad
                from centre c
                join figures f on f.rule_id = c.rule_id and f.indicator_id = c.indicator_id and f.unit = c.unit
                where c.reports >= :minReports
                group by c.rule_id, c.indicator_id, c.unit, c.reports, c.median
            ),
            found as (
                select f.*, r.threshold * case p.kind when 'ANNUAL' then :annualFactor else 1 end as reference,
                       null::bigint as other_indicator_id, null::varchar as other_unit, null::numeric as spread
                from figures f join rules r on r.id = f.rule_id cross join period p
                where r.kind = 'MINIMUM' and f.number < r.threshold * case p.kind when 'ANNUAL' then :annualFactor else 1 end
                union all
                select f.*, o.number, r.other_indicator_id, o.unit, null
                from figures f join rules r on r.id = f.rule_id
                join other_figures o on o.rule_id = f.rule_id and o.submission_id = f.submission_id
                where r.kind = 'NOT_ABOVE' and f.number > o.number
                union all
                select f.rule_id, f.unit_id, f.submission_id, f.indicator_id, f.unit, f.number, f.ordinal,
                       f.start_offset, f.grp, f.in_filter, f.half_max, null, null, null
                from half_compared f
                where f.annual and f.number < f.half_max
                union all
                select f.*, cast(d.median as numeric), null, null, cast(d.mad as numeric)
                from figures f join rules r on r.id = f.rule_id
                join spread d on d.rule_id = f.rule_id and d.indicator_id = f.indicator_id and d.unit = f.unit
                where r.kind = 'OUTLIER' and d.mad > 0 and abs(f.number - d.median) > r.threshold * d.mad
            ),
            violations as (
                select f.*, sm.text, sm.end_offset, r.name as rule_name, r.kind, r.sort_order, u.name as unit_name,
                       i.name as indicator, oi.name as other_indicator
                from found f
                join submission_metric sm on sm.submission_id = f.submission_id and sm.ordinal = f.ordinal
                join count_rule r on r.id = f.rule_id
                join org_unit u on u.id = f.unit_id
                join indicator i on i.id = f.indicator_id
                left join indicator oi on oi.id = f.other_indicator_id
                where f.in_filter and (cast(:unitId as bigint) is null or f.unit_id = :unitId)
            )
            """;

    private final JdbcClient jdbc;

    RuleViolationQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RuleViolation> list(FindingsFilter filter, Long unitId, UnitScope scope, boolean publishedOnly, int offset,
                             int limit) {
        return bind(jdbc.sql(VIOLATIONS + """
                select rule_id, rule_name, kind, submission_id, unit_id, unit_name, indicator, number as value, unit,
                       reference, other_indicator, other_unit, spread, text, start_offset, end_offset
                from violations
                order by unit_name collate "zh-x-icu", unit_id, sort_order, rule_id, start_offset
                offset :offset limit :limit"""), filter, scope, publishedOnly).param("unitId", unitId)
                .param("offset", offset).param("limit", limit)
                .query(RecordRows.of(RuleViolation.class)).list();
    }

    List<RuleViolation> list(long periodId, Long unitId, UnitScope scope, int offset, int limit) {
        return list(FindingsFilter.period(periodId), unitId, scope, false, offset, limit);
    }

    long count(FindingsFilter filter, UnitScope scope, boolean publishedOnly) {
        return bind(jdbc.sql(VIOLATIONS + "select count(*) from violations"), filter, scope, publishedOnly)
                .param("unitId", null).query(Long.class).single();
    }

    /** Binds the period, the filters, the user's scope and the outlier minimum (not {@code :unitId}). */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, FindingsFilter filter, UnitScope scope,
                                         boolean publishedOnly) {
        return sql.param("periodId", filter.periodId()).param("categoryId", filter.categoryId())
                .param("parentUnitId", filter.parentUnitId()).param("grade", filter.grade())
                .param("scopeUnitId", scope.unitIdOrNull()).param("publishedOnly", publishedOnly)
                .param("minReports", OUTLIER_MIN_REPORTS)
                .param("annualFactor", CountMinimum.ANNUAL_FACTOR);
    }
}
