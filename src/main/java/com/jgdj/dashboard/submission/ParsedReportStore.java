package com.jgdj.dashboard.submission;

import com.jgdj.dashboard.parsing.Flag;
import com.jgdj.dashboard.parsing.Heading;
import com.jgdj.dashboard.parsing.Metric;
import com.jgdj.dashboard.parsing.ParsedReport;
import com.jgdj.dashboard.parsing.SearchTerms;
import com.jgdj.dashboard.parsing.Section;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes what the parser read (headings, sections, counts, flags) for submissions already inserted, in JDBC
 * batches: the same path serves one upload and a demo load of a hundred thousand reports.
 */
@Component
public class ParsedReportStore {

    /** A parsed report of the submission with this id. */
    public record Parsed(long submissionId, ParsedReport report) {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ParsedReportStore(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void store(List<Parsed> parsed, Map<String, Long> indicatorIds) {
        jdbc.batchUpdate("""
                update submission set report_form = ?, report_year = ?, problem_share = ?, metric_count = ?,
                       flag_count = ?, parsed_at = now() where id = ?""", parsed, 500, (ps, p) -> {
            ParsedReport r = p.report();
            ps.setString(1, r.form().code());
            ps.setObject(2, r.reportYear(), Types.INTEGER);
            ps.setBigDecimal(3, BigDecimal.valueOf(r.problemShare()).setScale(4, java.math.RoundingMode.HALF_UP));
            ps.setInt(4, r.metrics().size());
            ps.setInt(5, r.flags().size());
            ps.setLong(6, p.submissionId());
        });
        storeHeadings(parsed);
        storeSections(parsed);
        storeMetrics(parsed, indicatorIds);
        storeIndicatorValues(parsed);
        storeFlags(parsed);
        storeSearchTerms(parsed);
        events.publishEvent(new ReportsParsed(parsed.stream().map(Parsed::submissionId).toList()));
    }

    /** The report's search lexemes ({@link SearchTerms}), replacing any earlier ones of the same submission. */
    private void storeSearchTerms(List<Parsed> parsed) {
        jdbc.batchUpdate("""
                insert into report_search (submission_id, terms) values (?, cast(? as tsvector))
                on conflict (submission_id) do update set terms = excluded.terms""", parsed, 200, (ps, p) -> {
            ps.setLong(1, p.submissionId());
            ps.setString(2, SearchTerms.document(p.report().text()));
        });
    }

    private record Row<T>(long submissionId, int ordinal, T item) {
    }

    private static <T> List<Row<T>> rows(List<Parsed> parsed, java.util.function.Function<ParsedReport, List<T>> items) {
        List<Row<T>> rows = new ArrayList<>();
        for (Parsed p : parsed) {
            List<T> list = items.apply(p.report());
            for (int i = 0; i < list.size(); i++) {
                rows.add(new Row<>(p.submissionId(), i, list.get(i)));
            }
        }
        return rows;
    }

    private void storeHeadings(List<Parsed> parsed) {
        jdbc.batchUpdate("""
                insert into submission_heading (submission_id, ordinal, level, marker, title, line_no, run_in,
                                                start_offset, end_offset) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows(parsed, ParsedReport::headings), 1000, (ps, row) -> {
                    Heading h = row.item();
                    ps.setLong(1, row.submissionId());
                    ps.setInt(2, row.ordinal());
                    ps.setInt(3, h.level());
                    ps.setString(4, h.marker());
                    ps.setString(5, h.title());
                    ps.setInt(6, h.line());
                    ps.setBoolean(7, h.runIn());
                    ps.setInt(8, h.start());
                    ps.setInt(9, h.end());
                });
    }

    private void storeSections(List<Parsed> parsed) {
        jdbc.batchUpdate("""
                insert into submission_section (submission_id, ordinal, part, heading, start_offset, end_offset)
                values (?, ?, ?, ?, ?, ?)""", rows(parsed, ParsedReport::sections), 1000, (ps, row) -> {
            Section s = row.item();
            ps.setLong(1, row.submissionId());
            ps.setInt(2, row.ordinal());
            ps.setString(3, s.part().code());
            ps.setString(4, s.heading());
            ps.setInt(5, s.start());
            ps.setInt(6, s.end());
        });
    }

    private void storeMetrics(List<Parsed> parsed, Map<String, Long> indicatorIds) {
        jdbc.batchUpdate("""
                insert into submission_metric (submission_id, ordinal, text, number, unit, approx, indicator_id,
                                               start_offset, quantity_start, end_offset)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows(parsed, ParsedReport::metrics), 1000, (ps, row) -> {
            Metric m = row.item();
            ps.setLong(1, row.submissionId());
            ps.setInt(2, row.ordinal());
            ps.setString(3, m.text());
            ps.setBigDecimal(4, m.number());
            ps.setString(5, m.unit());
            ps.setBoolean(6, m.approx());
            ps.setObject(7, m.indicator() == null ? null : indicatorIds.get(m.indicator()), Types.BIGINT);
            ps.setInt(8, m.start());
            ps.setInt(9, m.quantityStart());
            ps.setInt(10, m.end());
        });
    }

    /**
     * Per indicator, the sum of the report's counts in the measure word it uses most, with the report's period, unit
     * and latest flag and the unit's category and whether it is active (changeset 20261206-A3 keeps those in step):
     * what the overview's indicator card ranks by.
     */
    private void storeIndicatorValues(List<Parsed> parsed) {
        Long[] ids = parsed.stream().map(Parsed::submissionId).toArray(Long[]::new);
        jdbc.update("""
                insert into submission_indicator_value (submission_id, indicator_id, period_id, unit_id, latest,
                                                        category_id, active, value, unit)
                select v.submission_id, v.indicator_id, s.period_id, s.unit_id, s.latest, u.category_id, u.active,
                       v.value, v.unit
                from (
                    select m.submission_id, m.indicator_id, m.unit, sum(m.number) as value,
                           row_number() over (partition by m.submission_id, m.indicator_id
                                              order by count(*) desc, m.unit) as nth
                    from submission_metric m
                    where m.submission_id = any(?) and m.indicator_id is not null
                    group by m.submission_id, m.indicator_id, m.unit
                ) v
                join submission s on s.id = v.submission_id
                join org_unit u on u.id = s.unit_id
                where v.nth = 1""", ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)));
    }

    private void storeFlags(List<Parsed> parsed) {
        jdbc.batchUpdate("""
                insert into submission_flag (submission_id, ordinal, code, message, evidence, start_offset, end_offset)
                values (?, ?, ?, ?, ?, ?, ?)""", rows(parsed, ParsedReport::flags), 1000, (ps, row) -> {
            Flag f = row.item();
            ps.setLong(1, row.submissionId());
            ps.setInt(2, row.ordinal());
            ps.setString(3, f.code().name());
            ps.setString(4, f.message());
            ps.setString(5, f.evidence());
            ps.setObject(6, f.start() < 0 ? null : f.start(), Types.INTEGER);
            ps.setObject(7, f.end() < 0 ? null : f.end(), Types.INTEGER);
        });
    }
}
