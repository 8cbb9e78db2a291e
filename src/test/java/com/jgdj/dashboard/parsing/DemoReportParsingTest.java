package com.jgdj.dashboard.parsing;

import com.ibm.icu.text.Transliterator;
import com.jgdj.dashboard.demo.DemoReportTexts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The parse of 200 demo reports at a fixed seed, totalled: the figures were taken before the parser was made
 * faster and must not move when it is made faster again.
 */
class DemoReportParsingTest {

    private static final List<String> TEXTS = DemoReportTexts.of(100, 2, 42L, LocalDate.of(2026, 12, 1));
    private static final ParseContext CONTEXT = ParseContext.of(IndicatorDictionary.loadDefault());

    private record Totals(int reports, int headings, int sections, int metrics, BigDecimal metricSum,
                          int placeholders, Map<Flag.Code, Integer> flags) {
    }

    private static Totals totals(List<String> texts) {
        ReportTextParser parser = new ReportTextParser();
        int headings = 0;
        int sections = 0;
        int metrics = 0;
        int placeholders = 0;
        BigDecimal sum = BigDecimal.ZERO;
        Map<Flag.Code, Integer> flags = new TreeMap<>();
        for (String text : texts) {
            ParsedReport r = parser.parse(text, CONTEXT);
            headings += r.headings().size();
            sections += r.sections().size();
            metrics += r.metrics().size();
            placeholders += r.placeholders().size();
            for (Metric m : r.metrics()) {
                sum = sum.add(m.number());
            }
            r.flags().forEach(f -> flags.merge(f.code(), 1, Integer::sum));
        }
        return new Totals(texts.size(), headings, sections, metrics, sum, placeholders, flags);
    }

    /** Taken with the parser before it converted traditional characters run by run (whole-text ICU). */
    private static final Totals EXPECTED = new Totals(200, 1278, 891, 5364, new BigDecimal("1212657"), 72,
            new TreeMap<>(Map.of(Flag.Code.MISSING_PROBLEMS, 19, Flag.Code.NUMBERING, 5, Flag.Code.PLACEHOLDER, 72,
                    Flag.Code.WEB_JUNK, 10, Flag.Code.YEAR_MISMATCH, 4)));

    @Test
    void two_hundred_demo_reports_parse_to_the_recorded_totals() {
        assertEquals(EXPECTED, totals(TEXTS));
    }

    @Test
    void their_traditional_forms_parse_to_the_same_totals_and_keep_their_text() {
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        List<String> traditional = TEXTS.stream().map(toTraditional::transliterate).toList();

        assertEquals(EXPECTED, totals(traditional));
        ReportTextParser parser = new ReportTextParser();
        int keptTraditional = 0;
        for (int i = 0; i < TEXTS.size(); i++) {
            ParsedReport s = parser.parse(TEXTS.get(i), CONTEXT);
            ParsedReport t = parser.parse(traditional.get(i), CONTEXT);
            assertEquals(s.text().length(), t.text().length());
            keptTraditional += t.text().equals(s.text()) ? 0 : 1;
            for (Metric m : t.metrics()) {
                assertEquals(t.text().substring(m.start(), m.end()), m.text());
            }
        }
        assertEquals(200, keptTraditional);
    }
}
