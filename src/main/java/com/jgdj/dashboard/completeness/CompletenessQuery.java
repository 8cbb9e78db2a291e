package com.jgdj.dashboard.completeness;

import com.jgdj.dashboard.base.db.PeriodSummaries;
import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Expected (active units) against received latest versions, per category and per unit, in one period. The committee's
 * figures per category and counts come from the counts the database keeps per period ({@code period_category_counts}),
 * the missing units from {@code period_missing_unit}; a page of units reads only the states it reaches.
 */
@Component
class CompletenessQuery {

    private static final String SCOPE = "(cast(:scopeUnitId as bigint) is null or u.id = :scopeUnitId)";

    private static final String UNITS = """
            from org_unit u
            join category c on c.id = u.category_id
            left join submission s on s.unit_id = u.id and s.period_id = :periodId and s.latest
            where u.active and""" + " " + SCOPE + """

              and (cast(:categoryId as bigint) is null or u.category_id = :categoryId)
              and (cast(:state as text) is null
                   or (:state = 'MISSING' and s.id is null)
                   or (:state = 'LATE' and s.late)
                   or (:state = 'ON_TIME' and not s.late))
            """;

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

    /** Missing first, then late, then on time (what needs chasing first). */
    private static final List<CompletenessFilter.State> PAGE_ORDER = List.of(CompletenessFilter.State.MISSING,
            CompletenessFilter.State.LATE, CompletenessFilter.State.ON_TIME);

    /**
     * One state's units: the missing ones from {@code period_missing_unit} (kept by the database), the late or on-time
     * ones from the period's latest reports.
     */
    private static String part(CompletenessFilter.State state, CompletenessFilter filter) {
        String from = state == CompletenessFilter.State.MISSING ? """
                select %d as part, c.sort_order, u.id as unit_id, u.name as unit_name, c.name as category_name,
                       null::bigint as submission_id, null::timestamptz as submitted_at, null::boolean as late,
                       u.contact_name, u.contact_phone
                from period_missing_unit m
                join org_unit u on u.id = m.unit_id
                join category c on c.id = u.category_id
                where m.period_id = :periodId
                """ : """
                select %d as part, c.sort_order, u.id as unit_id, u.name as unit_name, c.name as category_name,
                       s.id as submission_id, s.submitted_at, s.late, u.contact_name, u.contact_phone
                from submission s
                join org_unit u on u.id = s.unit_id
                join category c on c.id = u.category_id
                where s.period_id = :periodId and s.latest and """
                + (state == CompletenessFilter.State.LATE ? " s.late" : " not s.late") + "\n";
        return from.formatted(PAGE_ORDER.indexOf(state)) + "  and u.active and " + SCOPE + "\n"
                + (filter.categoryId() == null ? "" : "  and u.category_id = :categoryId\n");
    }

    /**
     * A page in the order missing, late, on time, then category order and name. Only the states the page reaches are
     * read: the state filtered on, or — from the committee's counts per state — those up to the one the page ends in
     * (the first page of a city where units are missing reads just the missing ones).
     */
    List<UnitCompletenessRow> units(CompletenessFilter filter, UnitScope scope, int offset, int limit) {
        StringBuilder union = new StringBuilder();
        for (CompletenessFilter.State state : reached(filter, scope, (long) offset + limit)) {
            if (!union.isEmpty()) {
                union.append("union all\n");
            }
            union.append(part(state, filter));
        }
        return jdbc.sql("""
                select unit_id, unit_name, category_name, submission_id, submitted_at, late, contact_name,
                       contact_phone
                from (
                """ + union + """
                ) x
                order by part, sort_order, unit_name collate "zh-x-icu", unit_id
                offset :offset limit :limit""")
                .param("periodId", filter.periodId()).param("categoryId", filter.categoryId())
                .param("scopeUnitId", scope.unitIdOrNull())
                .param("offset", offset).param("limit", limit)
                .query(RecordRows.of(UnitCompletenessRow.class)).list();
    }

    private List<CompletenessFilter.State> reached(CompletenessFilter filter, UnitScope scope, long end) {
        if (filter.state() != null) {
            return List.of(filter.state());
        }
        if (!PeriodSummaries.answer(scope.unitIdOrNull(), false, null, null)) {
            return PAGE_ORDER;
        }
        long missing = count(new CompletenessFilter(filter.periodId(), filter.categoryId(),
                CompletenessFilter.State.MISSING), scope);
        if (end <= missing) {
            return PAGE_ORDER.subList(0, 1);
        }
        long late = count(new CompletenessFilter(filter.periodId(), filter.categoryId(),
                CompletenessFilter.State.LATE), scope);
        return end <= missing + late ? PAGE_ORDER.subList(0, 2) : PAGE_ORDER;
    }

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
        return jdbc.sql("select count(*) " + UNITS)
                .param("periodId", filter.periodId()).param("categoryId", filter.categoryId())
                .param("state", filter.state() == null ? null : filter.state().name())
                .param("scopeUnitId", scope.unitIdOrNull())
                .query(Long.class).single();
    }
}
