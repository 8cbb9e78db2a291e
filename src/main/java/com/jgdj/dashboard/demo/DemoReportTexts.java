package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.parsing.ReportFileReader;
import com.jgdj.dashboard.parsing.ReportReadException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of demo reports without a database, for measuring and testing the parser: the files the generator
 * composes, read by the reader an upload goes through (charset detection included).
 */
public final class DemoReportTexts {

    private DemoReportTexts() {
    }

    /**
     * The reports of the first {@code units} demo units in the {@code periods} periods that end with the one open on
     * {@code today}, period by period, in unit order.
     */
    public static List<String> of(int units, int periods, long seed, LocalDate today) {
        DemoReportComposer composer = new DemoReportComposer();
        ReportFileReader reader = new ReportFileReader();
        List<DemoUnit> demoUnits = DemoUnits.first(units);
        List<String> texts = new ArrayList<>(units * periods);
        for (DemoPeriod period : DemoPeriods.upTo(today, periods)) {
            for (ComposedReport report : composer.composePeriod(demoUnits, period, seed)) {
                try {
                    texts.add(reader.read(report.bytes(), report.fileName()).text());
                } catch (ReportReadException e) {
                    throw new IllegalStateException("Demo file " + report.fileName() + " is unreadable: "
                            + e.detail(), e);
                }
            }
        }
        return texts;
    }
}
