package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.base.db.RecordRows;
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

    /** The unit's report of the period and its report of the period before, when there is one. */
    record ReportPair(Report current, Optional<Report> previous) {
    }

    record SectionSpan(String heading, int startOffset, int endOffset) {
    }

    private final JdbcClient jdbc;

    ReportPartsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }


    /**
     * The unit's latest report of the period and of the period just before it, in one statement (the plan check
     * reads each text once).
     */
    Optional<ReportPair> reportAndPrevious(long unitId, long periodId) {
        record Row(long id, String fullText, int year, PeriodKind kind, boolean current) {
        }
        List<Row> rows = jdbc.sql("""
                select s.id, s.full_text, p.year, p.kind, s.period_id = :period as current
                from submission s join reporting_period p on p.id = s.period_id
                where s.unit_id = :unit and s.latest
                  and (s.period_id = :period or p.seq = (select seq - 1 from reporting_period where id = :period))""")
                .param("unit", unitId).param("period", periodId).query(RecordRows.of(Row.class)).list();
        Optional<Report> current = rows.stream().filter(Row::current)
                .map(r -> new Report(r.id(), r.fullText(), r.year(), r.kind())).findFirst();
        Optional<Report> previous = rows.stream().filter(r -> !r.current())
                .map(r -> new Report(r.id(), r.fullText(), r.year(), r.kind())).findFirst();
        return current.map(c -> new ReportPair(c, previous));
    }


    List<SectionSpan> sections(long submissionId, String part) {
        return jdbc.sql("""
                select heading, start_offset, end_offset from submission_section
                where submission_id = ? and part = ? order by ordinal""")
                .params(submissionId, part).query(RecordRows.of(SectionSpan.class)).list();
    }

    record UnitPeriod(long unitId, long periodId) {
    }

    /** The unit and period of the submission when it is the latest version. */
    Optional<UnitPeriod> latestUnitPeriod(long submissionId) {
        return jdbc.sql("select unit_id, period_id from submission where id = ? and latest").params(submissionId)
                .query(RecordRows.of(UnitPeriod.class)).optional();
    }

    Optional<Long> latestReportedPeriod(long unitId) {
        return jdbc.sql("""
                select p.id from submission s join reporting_period p on p.id = s.period_id
                where s.unit_id = ? and s.latest order by p.seq desc limit 1""")
                .params(unitId).query(Long.class).optional();
    }
}
