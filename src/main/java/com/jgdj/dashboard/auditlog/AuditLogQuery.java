package com.jgdj.dashboard.auditlog;

import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.period.PeriodKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The audit page's read model. The unit and period of an entry are the ones it recorded, else those of the
 * assessment, report or interview it names, else the unit or period itself; filters apply to the same values.
 */
@Repository
class AuditLogQuery {

    private static final String FROM = """
            from audit_log l
            left join assessment a on l.entity_type = 'assessment' and a.id = l.entity_id
            left join submission s on l.entity_type = 'submission' and s.id = l.entity_id
            left join interview i on l.entity_type = 'interview' and i.id = l.entity_id
            left join org_unit u on u.id = coalesce(l.unit_id, a.unit_id, s.unit_id, i.unit_id,
                                                    case when l.entity_type = 'org_unit' then l.entity_id end)
            left join reporting_period p on p.id = coalesce(l.period_id, a.period_id, s.period_id, i.period_id,
                                                    case when l.entity_type = 'reporting_period' then l.entity_id end)
            where (cast(:from as timestamptz) is null or l.at >= :from)
              and (cast(:to as timestamptz) is null or l.at < :to)
              and (cast(:username as text) is null or l.username = :username)
              and (cast(:unitId as bigint) is null or u.id = :unitId)
              and (cast(:kind as text) is null or l.action = :kind)
            """;

    private final JdbcClient jdbc;

    AuditLogQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        return params(jdbc.sql("""
                        select l.id, l.at, l.username, l.action, l.entity_type, l.entity_id, u.name as unit_name,
                               p.year, p.kind as period_kind, l.detail, l.before_value, l.after_value
                        """ + FROM + " order by l.at desc, l.id desc offset :offset limit :limit"), filter)
                .param("offset", offset).param("limit", limit).query(AuditLogQuery::row).list();
    }

    long count(AuditFilter filter) {
        return params(jdbc.sql("select count(*) " + FROM), filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, AuditFilter f) {
        return spec.param("from", startOf(f.from())).param("to", f.to() == null ? null : startOf(f.to().plusDays(1)))
                .param("username", blankToNull(f.username())).param("unitId", f.unitId())
                .param("kind", blankToNull(f.kind()));
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static AuditRow row(ResultSet rs, int n) throws SQLException {
        int year = rs.getInt("year");
        String period = rs.wasNull() ? null : PeriodKind.valueOf(rs.getString("period_kind")).periodName(year);
        return new AuditRow(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("username"),
                rs.getString("action"), rs.getString("entity_type"), rs.getObject("entity_id", Long.class),
                rs.getString("unit_name"), period, rs.getString("detail"), rs.getString("before_value"),
                rs.getString("after_value"));
    }
}
