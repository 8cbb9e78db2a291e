package com.jgdj.dashboard.submission;

import com.jgdj.dashboard.base.db.PeriodSummaries;
import com.jgdj.dashboard.base.db.RecordRows;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Read model of submitted reports; every statement applies the user's unit scope. */
@Component
class SubmissionQuery {

    /**
     * Only the filters that are set: a {@code cast(:x …) is null or col = :x} condition is estimated at one row in
     * the generic plan a pooled statement switches to after five executions (a nested loop over every latest report).
     */
    static String where(SubmissionFilter filter, UnitScope scope) {
        StringBuilder where = new StringBuilder("where s.latest\n");
        if (filter.periodId() != null) {
            where.append("  and s.period_id = :periodId\n");
        }
        if (filter.unitId() != null) {
            where.append("  and s.unit_id = :unitId\n");
        }
        if (filter.status() != null) {
            where.append("  and s.status = :status\n");
        }
        if (scope.unitIdOrNull() != null) {
            where.append("  and s.unit_id = :scopeUnitId\n");
        }
        return where.toString();
    }

    private final JdbcClient jdbc;

    SubmissionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Latest period first, then the unit's name. Period by period, each walking {@code org_unit_name_order_idx} and
     * stopping once the page is full, so the first page reads about fifty reports, not every latest report.
     */
    List<SubmissionRow> rows(SubmissionFilter filter, UnitScope scope, int offset, int limit) {
        return bind(jdbc.sql("""
                select x.id, x.unit_id, x.unit_name, p.year as period_year, p.kind as period_kind,
                       x.version_no, x.title, x.file_name, x.file_size, x.submitted_at, x.status, x.late, x.flag_count
                from (select id, year, kind, seq from reporting_period
                      """ + (filter.periodId() == null ? "" : "where id = :periodId ") + """
                      order by seq desc) p
                cross join lateral (
                    select s.id, s.unit_id, u.name as unit_name, s.version_no, s.title, s.file_name, s.file_size,
                           s.submitted_at, s.status, s.late, s.flag_count
                    from org_unit u join submission s on s.unit_id = u.id and s.period_id = p.id
                    """ + where(filter, scope) + """
                    order by u.name collate "zh-x-icu", u.id
                    limit cast(:offset as integer) + cast(:limit as integer)) x
                order by p.seq desc, x.unit_name collate "zh-x-icu", x.unit_id
                offset :offset limit :limit"""), filter, scope)
                .param("offset", offset).param("limit", limit)
                .query(RecordRows.of(SubmissionRow.class)).list();
    }

    /**
     * Without a unit (or a liaison's own unit), the latest reports counted per period and status by the database
     * ({@code period_status_reports}, changeset 20261206-A2) are added up instead of counting every latest report.
     */
    long count(SubmissionFilter filter, UnitScope scope) {
        if (filter.unitId() == null && PeriodSummaries.answer(scope.unitIdOrNull(), false, null, null)) {
            PeriodSummaries.settle(jdbc);
            return bind(jdbc.sql("select coalesce(sum(s.reports), 0) from period_status_reports s where true"
                    + (filter.periodId() == null ? "" : " and s.period_id = :periodId")
                    + (filter.status() == null ? "" : " and s.status = :status")), filter, scope)
                    .query(Long.class).single();
        }
        return bind(jdbc.sql("select count(*) from submission s " + where(filter, scope)), filter, scope)
                .query(Long.class).single();
    }

    Optional<SubmissionDetails> details(long id, UnitScope scope) {
        return jdbc.sql("""
                select s.id, s.unit_id, u.name as unit_name, s.period_id, p.year as period_year,
                       p.kind as period_kind, s.version_no, s.latest, s.title, s.full_text, s.file_name,
                       s.file_type, s.file_encoding, s.file_size, s.file_sha256, s.submitted_at, s.submitted_by,
                       s.status, s.late, s.status_reason, s.version, s.report_form, s.problem_share, s.flag_count
                from submission s
                join org_unit u on u.id = s.unit_id
                join reporting_period p on p.id = s.period_id
                where s.id = :id and (cast(:scopeUnitId as bigint) is null or s.unit_id = :scopeUnitId)""")
                .param("id", id).param("scopeUnitId", scope.unitIdOrNull())
                .query(RecordRows.of(SubmissionDetails.class)).optional();
    }

    /** Whether the report exists and lies within the scope, without reading its text. */
    boolean visible(long id, UnitScope scope) {
        return jdbc.sql("""
                select count(*) from submission s
                where s.id = :id and (cast(:scopeUnitId as bigint) is null or s.unit_id = :scopeUnitId)""")
                .param("id", id).param("scopeUnitId", scope.unitIdOrNull()).query(Long.class).single() > 0;
    }

    record VersionRef(long id, int versionNo, SubmissionStatus status, long version) {
    }

    Optional<VersionRef> versionWithContent(long unitId, long periodId, String sha256) {
        return jdbc.sql("""
                select id, version_no, status, version from submission
                where unit_id = ? and period_id = ? and file_sha256 = ?""")
                .params(unitId, periodId, sha256).query(RecordRows.of(VersionRef.class)).optional();
    }

    Optional<VersionRef> latestVersion(long unitId, long periodId) {
        return jdbc.sql("""
                select id, version_no, status, version from submission
                where unit_id = ? and period_id = ? and latest""")
                .params(unitId, periodId).query(RecordRows.of(VersionRef.class)).optional();
    }

    byte[] fileBytes(long id) {
        return jdbc.sql("select file_bytes from submission where id = ?").param(id).query(byte[].class).single();
    }

    boolean hasException(long unitId, long periodId) {
        return jdbc.sql("select count(*) from submission_exception where unit_id = ? and period_id = ?")
                .params(unitId, periodId).query(Long.class).single() > 0;
    }

    List<SubmissionVersionRow> versions(long unitId, long periodId) {
        return jdbc.sql("""
                select id, version_no, latest, file_name, submitted_at, submitted_by, status, status_reason, late,
                       flag_count
                from submission where unit_id = ? and period_id = ? order by version_no desc""")
                .params(unitId, periodId).query(RecordRows.of(SubmissionVersionRow.class)).list();
    }

    ReportAnalysis analysis(long submissionId) {
        return new ReportAnalysis(
                jdbc.sql("""
                        select ordinal, level, marker, title, start_offset, end_offset from submission_heading
                        where submission_id = ? order by ordinal""")
                        .param(submissionId).query(RecordRows.of(ReportAnalysis.HeadingRow.class)).list(),
                jdbc.sql("""
                        select ordinal, part, heading, start_offset, end_offset from submission_section
                        where submission_id = ? order by ordinal""")
                        .param(submissionId).query(RecordRows.of(ReportAnalysis.SectionRow.class)).list(),
                jdbc.sql("""
                        select m.ordinal, m.text, m.number, m.unit, m.approx, i.name as indicator, m.start_offset,
                               m.quantity_start, m.end_offset
                        from submission_metric m left join indicator i on i.id = m.indicator_id
                        where m.submission_id = ? order by m.ordinal""")
                        .param(submissionId).query(RecordRows.of(ReportAnalysis.MetricRow.class)).list(),
                jdbc.sql("""
                        select ordinal, code, message, evidence, start_offset, end_offset from submission_flag
                        where submission_id = ? order by ordinal""")
                        .param(submissionId).query(RecordRows.of(ReportAnalysis.FlagRow.class)).list());
    }

    /** Counts and flags of a period's latest reports in two statements, keyed by submission (no outline). */
    java.util.Map<Long, ReportAnalysis> countsAndFlags(long periodId) {
        java.util.Map<Long, List<ReportAnalysis.MetricRow>> metrics = new java.util.HashMap<>();
        jdbc.sql("""
                select m.submission_id, m.ordinal, m.text, m.number, m.unit, m.approx, i.name as indicator,
                       m.start_offset, m.quantity_start, m.end_offset
                from submission_metric m join submission s on s.id = m.submission_id
                left join indicator i on i.id = m.indicator_id
                where s.period_id = ? and s.latest order by m.submission_id, m.ordinal""")
                .param(periodId).query((rs, n) -> metrics.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new ReportAnalysis.MetricRow(rs.getInt(2), rs.getString(3), rs.getBigDecimal(4),
                                rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getInt(8), rs.getInt(9),
                                rs.getInt(10)))).list();
        java.util.Map<Long, List<ReportAnalysis.FlagRow>> flags = new java.util.HashMap<>();
        jdbc.sql("""
                select f.submission_id, f.ordinal, f.code, f.message, f.evidence, f.start_offset, f.end_offset
                from submission_flag f join submission s on s.id = f.submission_id
                where s.period_id = ? and s.latest order by f.submission_id, f.ordinal""")
                .param(periodId).query((rs, n) -> flags.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new ReportAnalysis.FlagRow(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                (Integer) rs.getObject(6), (Integer) rs.getObject(7)))).list();
        java.util.Map<Long, ReportAnalysis> byId = new java.util.HashMap<>();
        java.util.Set<Long> ids = new java.util.HashSet<>(metrics.keySet());
        ids.addAll(flags.keySet());
        ids.forEach(id -> byId.put(id, new ReportAnalysis(List.of(), List.of(),
                metrics.getOrDefault(id, List.of()), flags.getOrDefault(id, List.of()))));
        return byId;
    }

    List<ReportAnalysis.IndicatorTotal> indicatorTotals(long submissionId) {
        return jdbc.sql("""
                select i.name as indicator, m.unit, sum(m.number) as total, count(*) as mentions
                from submission_metric m join indicator i on i.id = m.indicator_id
                where m.submission_id = ?
                group by i.name, i.sort_order, m.unit
                order by i.sort_order, i.name, count(*) desc""")
                .param(submissionId).query(RecordRows.of(ReportAnalysis.IndicatorTotal.class)).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SubmissionFilter filter,
                                                 UnitScope scope) {
        return spec.param("periodId", filter.periodId())
                .param("unitId", filter.unitId())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("scopeUnitId", scope.unitIdOrNull());
    }
}
