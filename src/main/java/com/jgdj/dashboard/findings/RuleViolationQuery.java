package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.base.db.PeriodSummaries;
import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.orgunit.UnitTreeSql;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * The count rules' violations of one period's latest reports, as the database keeps them
 * ({@code period_rule_violation}, changeset 20261206-A1, computed again for a period whenever its latest reports, their
 * counts or a rule change). A report's count of an indicator is the largest figure it states in the rule's measure
 * words (as the grading hints take it: reports repeat a figure, 全年…其中…, more often than they split it); minimum and
 * comparison rules take the largest over all the rule's measure words, the half-year and outlier rules compare like
 * with like per measure word. The outlier rule needs at least 5 reports stating the count and a MAD above 0; every
 * report of the period counts towards its medians, only the filtered units' violations are listed.
 */
@Repository
class RuleViolationQuery {

    /** The filtered units and their stored violations, as common table expressions ending in {@code violations}. */
    static final String VIOLATIONS = "with recursive " + UnitTreeSql.DESCENDANTS + ", " + UnitTreeSql.FILTERED_UNITS
            + """
            , violations as (
                select v.rule_id, v.unit_id, v.submission_id, v.indicator_id, v.unit, v.number, v.ordinal,
                       v.start_offset, v.reference, v.other_unit, v.spread, sm.text, sm.end_offset,
                       r.name as rule_name, r.kind, r.sort_order, u.name as unit_name, i.name as indicator,
                       oi.name as other_indicator
                from period_rule_violation v
                join submission_metric sm on sm.submission_id = v.submission_id and sm.ordinal = v.ordinal
                join count_rule r on r.id = v.rule_id
                join org_unit u on u.id = v.unit_id
                join indicator i on i.id = v.indicator_id
                left join indicator oi on oi.id = v.other_indicator_id
                where v.period_id = :periodId and v.unit_id in (select id from filtered_units)
                  and (cast(:unitId as bigint) is null or v.unit_id = :unitId)
            )
            """;

    private final JdbcClient jdbc;

    RuleViolationQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RuleViolation> list(FindingsFilter filter, Long unitId, UnitScope scope, boolean publishedOnly, int offset,
                             int limit) {
        PeriodSummaries.settle(jdbc);
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
        PeriodSummaries.settle(jdbc);
        return bind(jdbc.sql(VIOLATIONS + "select count(*) from violations"), filter, scope, publishedOnly)
                .param("unitId", null).query(Long.class).single();
    }

    /** Binds the period, the filters and the user's scope (not {@code :unitId}). */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, FindingsFilter filter, UnitScope scope,
                                         boolean publishedOnly) {
        return sql.param("periodId", filter.periodId()).param("categoryId", filter.categoryId())
                .param("parentUnitId", filter.parentUnitId()).param("grade", filter.grade())
                .param("scopeUnitId", scope.unitIdOrNull()).param("publishedOnly", publishedOnly);
    }
}
