package com.jgdj.dashboard.completeness;

import com.jgdj.dashboard.base.db.PeriodSummaries;
import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Expected (active units) against received latest versions, per category and per unit, in one period. The committee's
 * figures per category and counts come from the counts the database keeps per period ({@code period_category_counts});
 * the list of units (missing first, then late, then on time) still looks up every active unit's report of the period.
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

    List<UnitCompletenessRow> units(CompletenessFilter filter, UnitScope scope, int offset, int limit) {
        return jdbc.sql("""
                select u.id as unit_id, u.name as unit_name, c.name as category_name, s.id as submission_id,
                       s.submitted_at, s.late, u.contact_name, u.contact_phone
                """ + UNITS + """
                order by (s.id is null) desc, s.late desc nulls first, c.sort_order, u.name collate "zh-x-icu", u.id
                offset :offset limit :limit""")
                .param("periodId", filter.periodId()).param("categoryId", filter.categoryId())
                .param("state", filter.state() == null ? null : filter.state().name())
                .param("scopeUnitId", scope.unitIdOrNull())
                .param("offset", offset).param("limit", limit)
                .query(RecordRows.of(UnitCompletenessRow.class)).list();
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
