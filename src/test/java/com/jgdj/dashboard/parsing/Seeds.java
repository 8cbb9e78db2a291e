package com.jgdj.dashboard.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five seed reports of src/test/resources/seeds and helpers shared by the parser tests. */
final class Seeds {

    static final String S000 = "000_a5485f2fc4053fed.txt";
    static final String S001 = "001_54c52abd9ec97c98.txt";
    static final String S002 = "002_b63cea5c73303fb1.txt";
    static final String S003 = "003_b657f9cf63a3437d.txt";
    static final String S004 = "004_969c881548c22722.txt";
    static final List<String> ALL = List.of(S000, S001, S002, S003, S004);

    static final IndicatorDictionary DICTIONARY = IndicatorDictionary.loadDefault();
    static final ReportTextParser PARSER = new ReportTextParser();

    private Seeds() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream("seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing seed " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static Path path(String name) {
        return Path.of("src", "test", "resources", "seeds", name);
    }

    static ParsedReport parse(String name) {
        return PARSER.parse(text(name), ParseContext.of(DICTIONARY));
    }

    static ParsedReport parse(String name, ReportPeriod period) {
        return PARSER.parse(text(name), ParseContext.of(DICTIONARY, period));
    }

    static List<String> headings(ParsedReport r) {
        return r.headings().stream().map(h -> h.level() + "|" + h.text()).toList();
    }

    static Metric metric(ParsedReport r, String text) {
        List<Metric> found = r.metrics().stream().filter(m -> m.text().equals(text)).toList();
        assertEquals(1, found.size(), () -> "expected one metric '" + text + "' in " + r.metrics().stream()
                .map(Metric::text).toList());
        return found.getFirst();
    }

    /** Every offset of a parsed report points at exactly the text it claims. */
    static void assertOffsetsExact(ParsedReport r) {
        String t = r.text();
        for (Heading h : r.headings()) {
            assertEquals(h.text(), t.substring(h.start(), h.end()));
            assertTrue(h.text().startsWith(h.marker()) && h.text().endsWith(h.title()));
        }
        for (InlineItem i : r.items()) {
            assertEquals(i.marker(), t.substring(i.start(), i.end()));
        }
        for (Metric m : r.metrics()) {
            assertEquals(m.text(), t.substring(m.start(), m.end()));
            assertTrue(m.start() <= m.quantityStart() && m.quantityStart() < m.end());
        }
        for (Placeholder p : r.placeholders()) {
            assertEquals(p.text(), t.substring(p.start(), p.end()));
        }
        for (Flag f : r.flags()) {
            if (f.evidence() != null) {
                assertEquals(f.evidence(), t.substring(f.start(), f.end()), f.toString());
            }
        }
        int previousEnd = -1;
        for (Section s : r.sections()) {
            assertTrue(s.start() > previousEnd && s.end() <= t.length() && s.start() <= s.end(), s.toString());
            previousEnd = s.end();
        }
    }
}
