package com.jgdj.dashboard.completeness;

import com.jgdj.dashboard.base.db.PeriodSummaries;
import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Expected (active units) against received latest versions, per category and per unit, in one period. The committee's
 * figures per category come from the counts the database keeps per period ({@code period_category_counts}); the list
 * of units walks each category's units in name order ({@code org_unit_category_name_idx}) and stops once the page is
 * full, state by state (missing, late, on time), so a first page reads about as many units as it shows.
 */
@Component
class CompletenessQuery {

    private static final String SCOPE = "(cast(:scopeUnitId as bigint) is null or u.id = :scopeUnitId)";

    private final JdbcClient jdbc;

    CompletenessQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CategoryCompletenessRow> byCategory(long periodId, UnitScope scope) {
        if (PeriodSummaries.answer(scope.unitIdOrNull(), false, null, null)) {
            PeriodSummaries.settle(jdbc);
            return jdbc.sql("""
                    select c.id as category_id, c.name as category_name, k.units as expected, k.received, k.on_time,
                           k.received - k.on_time as late, k.units - k.received as missing
                    from period_category_counts k join category c on c.id = k.category_id
                    where k.period_id = :periodId and k.units > 0
                    order by c.sort_order, c.name""")
                    .param("periodId", periodId).query(RecordRows.of(CategoryCompletenessRow.class)).list();
        }
        return jdbc.sql("""
                select c.id as category_id, c.name as category_name, count(u.id) as expected,
                       count(s.id) as received, count(s.id) filter (where not s.late) as on_time,
                       count(s.id) filter (where s.late) as late, count(u.id) - count(s.id) as missing
                from category c
                join org_unit u on u.category_id = c.id and u.active and""" + " " + SCOPE + """

                left join submission s on s.unit_id = u.id and s.period_id = :periodId and s.latest
                group by c.id, c.name, c.sort_order
                order by c.sort_order, c.name""")
                .param("periodId", periodId).param("scopeUnitId", scope.unitIdOrNull())
                .query(RecordRows.of(CategoryCompletenessRow.class)).list();
    }

    /**
     * One state's units in page order (category order, then name), at most {@code :n}: per category a walk of its
     * active units by name, each looked up in the period's latest reports, stopping at {@code :n}.
     */
    private static String part(CompletenessFilter.State state, CompletenessFilter filter) {
        String report = switch (state) {
            case MISSING -> """
                    left join submission s on s.unit_id = u.id and s.period_id = :periodId and s.latest
                    where s.id is null""";
            case LATE -> """
                    join submission s on s.unit_id = u.id and s.period_id = :periodId and s.latest
                    where s.late""";
            case ON_TIME -> """
                    join submission s on s.unit_id = u.id and s.period_id = :periodId and s.latest
                    where not s.late""";
        };
        return """
                select %d as part, c.sort_order, u.id as unit_id, u.name as unit_name, c.name as category_name,
                       u.submission_id, u.submitted_at, u.late, u.contact_name, u.contact_phone
                from category c
                cross join lateral (
                    select u.id, u.name, s.id as submission_id, s.submitted_at, s.late, u.contact_name, u.contact_phone
                    from org_unit u
                    %s
                      and u.category_id = c.id and u.active and %s
                    order by u.name collate "zh-x-icu", u.id
                    limit :n) u
                """.formatted(PAGE_ORDER.indexOf(state), report, SCOPE)
                + (filter.categoryId() == null ? "" : "where c.id = :categoryId\n");
    }

    List<UnitCompletenessRow> units(CompletenessFilter filter, UnitScope scope, int offset, int limit) {
        List<CompletenessFilter.State> states = filter.state() == null ? PAGE_ORDER : List.of(filter.state());
        StringBuilder union = new StringBuilder();
        for (CompletenessFilter.State state : states) {
            if (!union.isEmpty()) {
                union.append("union all\n");
            }
            union.append(part(state, filter));
        }
        long n = Math.min((long) offset + limit, Integer.MAX_VALUE);
        return jdbc.sql("""
                select unit_id, unit_name, category_name, submission_id, submitted_at, late, contact_name,
                       contact_phone
                from (
                """ + union + """
                ) x
                order by part, sort_order, unit_name collate "zh-x-icu", unit_id
                offset :offset limit :limit""")
                .param("periodId", filter.periodId()).param("categoryId", filter.categoryId())
                .param("scopeUnitId", scope.unitIdOrNull()).param("n", n)
                .param("offset", offset).param("limit", limit)
                .query(RecordRows.of(UnitCompletenessRow.class)).list();
    }

    /** Missing first, then late, then on time (what needs chasing first). */
    private static final List<CompletenessFilter.State> PAGE_ORDER = List.of(CompletenessFilter.State.MISSING,
            CompletenessFilter.State.LATE, CompletenessFilter.State.ON_TIME);

    long count(CompletenessFilter filter, UnitScope scope) {
        if (PeriodSummaries.answer(scope.unitIdOrNull(), false, null, null)) {
            PeriodSummaries.settle(jdbc);
            String counted = filter.state() == null ? "k.units" : switch (filter.state()) {
                case MISSING -> "k.units - k.received";
                case LATE -> "k.received - k.on_time";
                case ON_TIME -> "k.on_time";
            };
            return jdbc.sql("select coalesce(sum(" + counted + "), 0) from period_category_counts k "
                            + "where k.period_id = :periodId"
                            + (filter.categoryId() == null ? "" : " and k.category_id = :categoryId"))
                    .param("periodId", filter.periodId()).param("categoryId", filter.categoryId())
                    .query(Long.class).single();
        }
        return jdbc.sql("""
                select count(*)
                from org_unit u
                left join submission s on s.unit_id = u.id and s.period_id = :periodId and s.latest
                where u.active and""" + " " + SCOPE + """

                  and (cast(:categoryId as bigint) is null or u.category_id = :categoryId)
                  and (cast(:state as text) is null
                       or (:state = 'MISSING' and s.id is null)
                       or (:state = 'LATE' and s.late)
                       or (:state = 'ON_TIME' and not s.late))""")
                .param("periodId", filter.periodId()).param("categoryId", filter.categoryId())
                .param("state", filter.state() == null ? null : filter.state().name())
                .param("scopeUnitId", scope.unitIdOrNull())
                .query(Long.class).single();
    }
}
