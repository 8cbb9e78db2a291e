package com.jgdj.dashboard.submission;

import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Read model of submitted reports; every statement applies the user's unit scope. */
@Component
class SubmissionQuery {

    private static final String WHERE = """
            where s.latest
              and (cast(:periodId as bigint) is null or s.period_id = :periodId)
              and (cast(:unitId as bigint) is null or s.unit_id = :unitId)
              and (cast(:status as text) is null or s.status = :status)
              and (cast(:scopeUnitId as bigint) is null or s.unit_id = :scopeUnitId)
            """;

    private final JdbcClient jdbc;

    SubmissionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SubmissionRow> rows(SubmissionFilter filter, UnitScope scope, int offset, int limit) {
        return bind(jdbc.sql("""
                select s.id, s.unit_id, u.name as unit_name, p.year as period_year, p.kind as period_kind,
                       s.version_no, s.title, s.file_name, s.file_size, s.submitted_at, s.status, s.late
                from submission s
                join org_unit u on u.id = s.unit_id
                join reporting_period p on p.id = s.period_id
                """ + WHERE + """
                order by p.seq desc, u.name collate "zh-x-icu", s.id
                offset :offset limit :limit"""), filter, scope)
                .param("offset", offset).param("limit", limit)
                .query(SubmissionRow.class).list();
    }

    long count(SubmissionFilter filter, UnitScope scope) {
        return bind(jdbc.sql("select count(*) from submission s " + WHERE), filter, scope)
                .query(Long.class).single();
    }

    Optional<SubmissionDetails> details(long id, UnitScope scope) {
        return jdbc.sql("""
                select s.id, s.unit_id, u.name as unit_name, s.period_id, p.year as period_year,
                       p.kind as period_kind, s.version_no, s.latest, s.title, s.full_text, s.file_name,
                       s.file_type, s.file_encoding, s.file_size, s.file_sha256, s.submitted_at, s.submitted_by,
                       s.status, s.late, s.status_reason
                from submission s
                join org_unit u on u.id = s.unit_id
                join reporting_period p on p.id = s.period_id
                where s.id = :id and (cast(:scopeUnitId as bigint) is null or s.unit_id = :scopeUnitId)""")
                .param("id", id).param("scopeUnitId", scope.unitIdOrNull())
                .query(SubmissionDetails.class).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SubmissionFilter filter,
                                                 UnitScope scope) {
        return spec.param("periodId", filter.periodId())
                .param("unitId", filter.unitId())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("scopeUnitId", scope.unitIdOrNull());
    }
}
