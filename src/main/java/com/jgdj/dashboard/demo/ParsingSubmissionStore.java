package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.submission.ParsedReportStore;
import com.jgdj.dashboard.parsing.ParseContext;
import com.jgdj.dashboard.parsing.ParsedReport;
import com.jgdj.dashboard.parsing.ReportFileReader;
import com.jgdj.dashboard.parsing.ReportPeriod;
import com.jgdj.dashboard.parsing.ReportReadException;
import com.jgdj.dashboard.parsing.ReportTextParser;
import com.jgdj.dashboard.similarity.SimilarityFingerprints;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores demo submissions the way an upload is stored: the file bytes are read by the same reader (charset
 * detection included), parsed by the same parser against the database's indicator dictionary, and the text,
 * sections, counts and flags are written by the same {@link ParsedReportStore}, and the latest versions get their
 * 疑似雷同 fingerprint.
 */
class ParsingSubmissionStore implements DemoSubmissionStore {

    private final DemoSubmissionStore rows;
    private final ParsedReportStore parsedStore;
    private final IndicatorService indicators;
    private final JdbcClient jdbc;
    private final SimilarityFingerprints fingerprints;
    private final ReportFileReader reader = new ReportFileReader();
    private final ReportTextParser parser = new ReportTextParser();

    ParsingSubmissionStore(DemoSubmissionStore rows, ParsedReportStore parsedStore, IndicatorService indicators,
                           JdbcClient jdbc, SimilarityFingerprints fingerprints) {
        this.rows = rows;
        this.fingerprints = fingerprints;
        this.parsedStore = parsedStore;
        this.indicators = indicators;
        this.jdbc = jdbc;
    }

    @Override
    public void store(List<DemoSubmission> batch) {
        Map<Long, ReportPeriod> periods = periods();
        IndicatorService.Dictionary dictionary = indicators.dictionary();
        List<ParsedReport> parsed = batch.parallelStream()
                .map(s -> parser.parse(read(s), ParseContext.of(dictionary.dictionary(), periods.get(s.periodId()))))
                .toList();
        List<DemoSubmission> withParsedText = new java.util.ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            DemoSubmission s = batch.get(i);
            ParsedReport p = parsed.get(i);
            withParsedText.add(new DemoSubmission(s.unitId(), s.periodId(), s.versionNo(), s.latest(),
                    p.title() != null ? p.title() : s.title(), p.text(), s.fileName(), s.fileType(), s.fileEncoding(),
                    s.fileBytes(), s.fileSha256(), s.submittedAt(), s.submittedBy(), s.status(), s.late(),
                    s.statusReason()));
        }
        rows.store(withParsedText);
        Map<String, Long> ids = ids(batch);
        List<ParsedReportStore.Parsed> stored = new java.util.ArrayList<>(batch.size());
        List<SimilarityFingerprints.Text> texts = new java.util.ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            long id = ids.get(key(batch.get(i)));
            stored.add(new ParsedReportStore.Parsed(id, parsed.get(i)));
            if (batch.get(i).latest()) {
                texts.add(new SimilarityFingerprints.Text(id, parsed.get(i).text()));
            }
        }
        parsedStore.store(stored, dictionary.idsByName());
        fingerprints.store(texts);
    }

    private String read(DemoSubmission s) {
        try {
            return reader.read(s.fileBytes(), s.fileName()).text();
        } catch (ReportReadException e) {
            throw new IllegalStateException("Demo file " + s.fileName() + " is unreadable: " + e.detail(), e);
        }
    }

    private Map<Long, ReportPeriod> periods() {
        Map<Long, ReportPeriod> periods = new HashMap<>();
        jdbc.sql("select id, year, kind from reporting_period").query((rs, n) -> periods.put(rs.getLong(1),
                new ReportPeriod(rs.getInt(2), "H1".equals(rs.getString(3)) ? ReportPeriod.Kind.H1
                        : ReportPeriod.Kind.ANNUAL))).list();
        return periods;
    }

    private Map<String, Long> ids(List<DemoSubmission> batch) {
        Long[] units = batch.stream().map(DemoSubmission::unitId).toArray(Long[]::new);
        Long[] periods = batch.stream().map(DemoSubmission::periodId).toArray(Long[]::new);
        Integer[] versions = batch.stream().map(DemoSubmission::versionNo).toArray(Integer[]::new);
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                select s.id, s.unit_id, s.period_id, s.version_no
                from submission s join unnest(?::bigint[], ?::bigint[], ?::int[]) as k(u, p, v)
                  on s.unit_id = k.u and s.period_id = k.p and s.version_no = k.v""")
                .params(units, periods, versions)
                .query((rs, n) -> ids.put(rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getInt(4), rs.getLong(1)))
                .list();
        return ids;
    }

    private static String key(DemoSubmission s) {
        return s.unitId() + "/" + s.periodId() + "/" + s.versionNo();
    }
}
