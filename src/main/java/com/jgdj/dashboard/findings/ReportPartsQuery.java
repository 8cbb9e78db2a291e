package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.period.PeriodKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** One unit's latest reports and their parts, read by primary key and the unit's period (two reports at most). */
@Repository
class ReportPartsQuery {

    record Report(long id, String fullText, int year, PeriodKind kind) {
    }

    record SectionSpan(String heading, int startOffset, int endOffset) {
    }

    private final JdbcClient jdbc;

    ReportPartsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Report> report(long unitId, long periodId) {
        return jdbc.sql("""
                select s.id, s.full_text, p.year, p.kind from submission s join reporting_period p on p.id = s.period_id
                where s.unit_id = ? and s.period_id = ? and s.latest""")
                .params(unitId, periodId).query(Report.class).optional();
    }

    /** The unit's latest report of the period just before {@code periodId} (2024年度 before 2025年上半年). */
    Optional<Report> previousReport(long unitId, long periodId) {
        return jdbc.sql("""
                select s.id, s.full_text, p.year, p.kind from submission s join reporting_period p on p.id = s.period_id
                where s.unit_id = ? and s.latest and p.seq = (select seq - 1 from reporting_period where id = ?)""")
                .params(unitId, periodId).query(Report.class).optional();
    }

    List<SectionSpan> sections(long submissionId, String part) {
        return jdbc.sql("""
                select heading, start_offset, end_offset from submission_section
                where submission_id = ? and part = ? order by ordinal""")
                .params(submissionId, part).query(SectionSpan.class).list();
    }

    Optional<Long> latestReportedPeriod(long unitId) {
        return jdbc.sql("""
                select p.id from submission s join reporting_period p on p.id = s.period_id
                where s.unit_id = ? and s.latest order by p.seq desc limit 1""")
                .params(unitId).query(Long.class).optional();
    }
}
