package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class OverviewQuery {

    private final JdbcClient jdbc;

    OverviewQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per period, newest first; counts come from one grouped scan of the latest submissions. */
    List<PeriodOverviewRow> periods(UnitScope scope) {
        return jdbc.sql("""
                with expected as (
                    select count(*) as n from org_unit u
                    where u.active and (cast(:scopeUnitId as bigint) is null or u.id = :scopeUnitId)
                ), received as (
                    select s.period_id, count(*) as received, count(*) filter (where not s.late) as on_time,
                           count(*) filter (where s.late) as late
                    from submission s
                    where s.latest and (cast(:scopeUnitId as bigint) is null or s.unit_id = :scopeUnitId)
                    group by s.period_id
                )
                select p.id as period_id, p.year, p.kind, p.deadline, p.status, e.n as expected,
                       coalesce(r.received, 0) as received, coalesce(r.on_time, 0) as on_time,
                       coalesce(r.late, 0) as late
                from reporting_period p cross join expected e
                left join received r on r.period_id = p.id
                order by p.seq desc""")
                .param("scopeUnitId", scope.unitIdOrNull())
                .query(PeriodOverviewRow.class).list();
    }
}
