package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.submission.ParsedReportStore;
import com.jgdj.dashboard.parsing.ParseContext;
import com.jgdj.dashboard.parsing.ParsedReport;
import com.jgdj.dashboard.parsing.ReportPeriod;
import com.jgdj.dashboard.parsing.ReportTextParser;

import java.time.LocalDate;
import java.util.List;

/** Reports stored the way an upload stores them (parsed, with sections and counts), in the test's transaction. */
public final class FindingsFixture {

    private final TestData data;
    private final ParsedReportStore store;
    private final IndicatorService indicators;
    private final long category;
    private int units;

    public FindingsFixture(TestData data, ParsedReportStore store, IndicatorService indicators) {
        this.data = data;
        this.store = store;
        this.indicators = indicators;
        this.category = data.category("核对测试类", 90);
    }

    public long unit(String name) {
        units++;
        return data.unit(name, category, "党委", "书记" + units, true);
    }

    public long period(int year, String kind) {
        return data.period(year, kind, LocalDate.of(year, "H1".equals(kind) ? 7 : 12, 20), "CLOSED");
    }

    /** Parses {@code raw} as the report of the unit for the period and stores it with what the parser found. */
    public long report(long unitId, long periodId, int year, String kind, String raw) {
        return report(unitId, periodId, year, kind, raw, 1);
    }

    /** The same as a given version: the caller has marked the earlier latest version as no longer latest. */
    public long report(long unitId, long periodId, int year, String kind, String raw, int versionNo) {
        IndicatorService.Dictionary dictionary = indicators.dictionary();
        ParsedReport parsed = new ReportTextParser().parse(raw, ParseContext.of(dictionary.dictionary(),
                new ReportPeriod(year, "H1".equals(kind) ? ReportPeriod.Kind.H1 : ReportPeriod.Kind.ANNUAL)));
        long id = data.submission(unitId, periodId, versionNo, true, parsed.text(),
                "u" + unitId + "-" + periodId + ".txt", false, "SUBMITTED");
        store.store(List.of(new ParsedReportStore.Parsed(id, parsed)), dictionary.idsByName());
        return id;
    }
}
