package com.jgdj.dashboard.completeness;

import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Expected (active units) against received latest versions, per category and per unit, in one period. */
@Component
class CompletenessQuery {

    private static final String UNITS = """
            from org_unit u
            join category c on c.id = u.category_id
            left join submission s on s.unit_id = u.id and s.period_id = :periodId and s.latest
            where u.active
              and (cast(:scopeUnitId as bigint) is null or u.id = :scopeUnitId)
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
        return jdbc.sql("""
                select c.id as category_id, c.name as category_name, count(u.id) as expected,
                       count(s.id) as received, count(s.id) filter (where not s.late) as on_time,
                       count(s.id) filter (where s.late) as late, count(u.id) - count(s.id) as missing
                from category c
                join org_unit u on u.category_id = c.id and u.active
                     and (cast(:scopeUnitId as bigint) is null or u.id = :scopeUnitId)
                left join submission s on s.unit_id = u.id and s.period_id = :periodId and s.latest
                group by c.id, c.name, c.sort_order
                order by c.sort_order, c.name""")
                .param("periodId", periodId).param("scopeUnitId", scope.unitIdOrNull())
                .query(RecordRows.of(CategoryCompletenessRow.class)).list();
    }

    List<UnitCompletenessRow> units(CompletenessFilter filter, UnitScope scope, int offset, int limit) {
        return bind(jdbc.sql("""
                select u.id as unit_id, u.name as unit_name, c.name as category_name, s.id as submission_id,
                       s.submitted_at, s.late, u.contact_name, u.contact_phone
                """ + UNITS + """
                order by (s.id is null) desc, s.late desc nulls first, c.sort_order, u.name collate "zh-x-icu", u.id
                offset :offset limit :limit"""), filter, scope)
                .param("offset", offset).param("limit", limit)
                .query(RecordRows.of(UnitCompletenessRow.class)).list();
    }

    long count(CompletenessFilter filter, UnitScope scope) {
        return bind(jdbc.sql("select count(*) " + UNITS), filter, scope).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CompletenessFilter filter,
                                                 UnitScope scope) {
        return spec.param("periodId", filter.periodId())
                .param("categoryId", filter.categoryId())
                .param("state", filter.state() == null ? null : filter.state().name())
                .param("scopeUnitId", scope.unitIdOrNull());
    }
}
