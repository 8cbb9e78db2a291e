package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.base.db.PeriodSummaries;
import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.orgunit.UnitTreeSql;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * The overview's findings figures in one statement, over the same filtered units as the lists they open: rule
 * violations (as {@link RuleViolationQuery} reads them), stored suspicious pairs with a filtered unit on either
 * side, and the uncovered items of the stored plan deliveries of the period's latest reports; and the list of those
 * uncovered items.
 */
@Repository
class FindingCountsQuery {

    private final JdbcClient jdbc;

    FindingCountsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String UNCOVERED = """
            , uncovered as (
                select s.id as submission_id, s.unit_id, d.plan_submission_id, i.ordinal, i.item_text, i.item_start,
                       i.item_end, i.score
                from submission s
                join plan_delivery d on d.submission_id = s.id
                join plan_delivery_item i on i.submission_id = d.submission_id and not i.covered
                where s.period_id = :periodId and s.latest and s.unit_id in (select id from filtered_units)
            )
            """;

    FindingCounts counts(FindingsFilter filter, UnitScope scope, boolean publishedOnly, boolean withCopies) {
        PeriodSummaries.settle(jdbc);
        if (PeriodSummaries.answer(scope.unitIdOrNull(), publishedOnly, filter.parentUnitId(), filter.grade())) {
            return summarised(filter, withCopies);
        }
        return counted(filter, scope, publishedOnly, withCopies);
    }

    /** The figures counted over the filtered units (what the summaries add up, for any filter). */
    FindingCounts counted(FindingsFilter filter, UnitScope scope, boolean publishedOnly, boolean withCopies) {
        return RuleViolationQuery.bind(jdbc.sql(RuleViolationQuery.VIOLATIONS + UNCOVERED + """
                select (select count(*) from violations) as rule_violations,
                       case when :withCopies then (
                           select count(*) from similarity_pair p
                           join submission sa on sa.id = p.submission_a
                           join submission sb on sb.id = p.submission_b
                           where p.period_id = :periodId
                             and (sa.unit_id in (select id from filtered_units)
                                  or sb.unit_id in (select id from filtered_units))) end as copy_pairs,
                       (select count(*) from uncovered) as uncovered_plan_items"""), filter, scope, publishedOnly)
                .param("unitId", null).param("withCopies", withCopies)
                .query(RecordRows.of(FindingCounts.class)).single();
    }

    /**
     * The same figures for the committee's view of the city or one category: violations and uncovered plan items added
     * up from {@code period_category_counts}, the copy pairs of the period (with a unit of the category on either side).
     */
    FindingCounts summarised(FindingsFilter filter, boolean withCopies) {
        boolean category = filter.categoryId() != null;
        return jdbc.sql("""
                select coalesce(sum(k.rule_violations), 0) as rule_violations,
                       case when :withCopies then (
                           select count(*) from similarity_pair p
                           """ + (category ? """
                           join submission sa on sa.id = p.submission_a
                           join submission sb on sb.id = p.submission_b
                           join org_unit ua on ua.id = sa.unit_id
                           join org_unit ub on ub.id = sb.unit_id
                           where p.period_id = :periodId
                             and (ua.category_id = :categoryId or ub.category_id = :categoryId)""" : """
                           where p.period_id = :periodId""") + """
                       ) end as copy_pairs,
                       coalesce(sum(k.uncovered_plan_items), 0) as uncovered_plan_items
                from period_category_counts k
                where k.period_id = :periodId""" + (category ? " and k.category_id = :categoryId" : ""))
                .param("periodId", filter.periodId()).param("categoryId", filter.categoryId())
                .param("withCopies", withCopies)
                .query(RecordRows.of(FindingCounts.class)).single();
    }

    private static final String GAPS = "with recursive " + UnitTreeSql.DESCENDANTS + ", " + UnitTreeSql.FILTERED_UNITS
            + UNCOVERED;

    long gapCount(FindingsFilter filter, UnitScope scope, boolean publishedOnly) {
        return RuleViolationQuery.bind(jdbc.sql(GAPS + "select count(*) from uncovered"), filter, scope, publishedOnly)
                .query(Long.class).single();
    }

    /** By unit name (pinyin), then the item's place in the plan. */
    List<PlanGapRow> gaps(FindingsFilter filter, UnitScope scope, boolean publishedOnly, int offset, int limit) {
        return RuleViolationQuery.bind(jdbc.sql(GAPS + """
                select g.submission_id, g.unit_id, u.name as unit_name, g.plan_submission_id, g.item_text,
                       g.item_start, g.item_end, g.score
                from uncovered g join org_unit u on u.id = g.unit_id
                order by u.name collate "zh-x-icu", g.unit_id, g.ordinal
                offset :offset limit :limit"""), filter, scope, publishedOnly)
                .param("offset", offset).param("limit", limit).query(RecordRows.of(PlanGapRow.class)).list();
    }
}
