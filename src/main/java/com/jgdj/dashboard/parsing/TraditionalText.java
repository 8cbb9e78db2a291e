package com.jgdj.dashboard.parsing;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports in traditional characters (黨建, 會議, 項) are parsed on their simplified form (ICU's
 * Traditional-Simplified, character for character) and handed back with the original text: every offset stays
 * valid because the conversion keeps the length (if it would not, the text is parsed as it is), and every text
 * field of the result is cut again from the original.
 * <p>
 * ICU's rules are plain strings without context ({@code 甚麼 > 什么}, {@code 著 > 着}), so a rule only ever matches
 * inside a run of characters from the transliterator's source set, and the text converts run by run: the runs
 * are converted (and remembered), the rest is copied. Running ICU over the whole text instead tried its rules at
 * every character and took about 80 % of the parse time of an ordinary simplified report.
 */
final class TraditionalText {

    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    /** Every character a rule of the transliterator may match; anything else passes through it unchanged. */
    private static final UnicodeSet SOURCE = TO_SIMPLIFIED.get().getSourceSet().freeze();
    /** {@link #SOURCE} for the basic multilingual plane, one bit a character, for the scan. */
    private static final long[] SOURCE_BMP = bmpBits(SOURCE);
    /**
     * Converted runs: the source set holds many everyday characters too (作, 支部, 干部 in multi-character rules),
     * about a third of an ordinary report, but a few thousand distinct runs. Bounded; past the bound ICU converts.
     */
    private static final Map<String, String> RUNS = new ConcurrentHashMap<>();
    private static final int MAX_RUNS = 50_000;
    private static final int MAX_CACHED_RUN_LENGTH = 16;

    private TraditionalText() {
    }

    /** The simplified form for matching, or {@code text} itself when it has none or it would change the length. */
    static String forMatching(String text) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!inSource(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < n && inSource(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            String run = text.substring(start, i);
            String converted = convert(run);
            if (!converted.equals(run)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, start).append(converted);
                copied = i;
            }
        }
        String simplified = out == null ? text : out.append(text, copied, n).toString();
        return simplified.length() == text.length() ? simplified : text;
    }

    private static String convert(String run) {
        String converted = RUNS.get(run);
        if (converted == null) {
            converted = TO_SIMPLIFIED.get().transliterate(run);
            if (run.length() <= MAX_CACHED_RUN_LENGTH && RUNS.size() < MAX_RUNS) {
                RUNS.put(run, converted);
            }
        }
        return converted;
    }

    private static boolean inSource(int cp) {
        return cp <= 0xFFFF ? (SOURCE_BMP[cp >>> 6] & (1L << cp)) != 0 : SOURCE.contains(cp);
    }

    private static long[] bmpBits(UnicodeSet set) {
        long[] bits = new long[0x10000 >>> 6];
        for (int r = 0; r < set.getRangeCount(); r++) {
            int end = Math.min(set.getRangeEnd(r), 0xFFFF);
            for (int c = set.getRangeStart(r); c <= end; c++) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /** The result of parsing {@code matched} (same length as {@code original}) with the original's text in it. */
    static ParsedReport restore(ParsedReport r, String original) {
        if (r.text().equals(original)) {
            return r;
        }
        Map<String, String> headingTexts = new HashMap<>();
        List<Heading> headings = r.headings().stream().map(h -> {
            String text = original.substring(h.start(), h.end());
            headingTexts.put(h.text(), text);
            headingTexts.put(h.title(), text.substring(h.marker().length()));
            return new Heading(h.level(), h.marker(), h.ordinal(), text.substring(h.marker().length()), text, h.line(),
                    h.runIn(), h.start(), h.end());
        }).toList();
        List<Section> sections = r.sections().stream().map(s -> new Section(s.part(),
                s.heading() == null ? null : headingTexts.getOrDefault(s.heading(), s.heading()), s.headingLevel(),
                s.start(), s.end())).toList();
        List<Metric> metrics = r.metrics().stream().map(m -> new Metric(original.substring(m.start(), m.end()), m.number(),
                m.unit(), m.approx(), m.indicator(), m.start(), m.quantityStart(), m.end())).toList();
        List<Placeholder> placeholders = r.placeholders().stream()
                .map(p -> new Placeholder(original.substring(p.start(), p.end()), p.kind(), p.start(), p.end())).toList();
        List<Flag> flags = r.flags().stream().map(f -> {
            if (f.evidence() == null) {
                return f;
            }
            String evidence = original.substring(f.start(), f.end());
            return new Flag(f.code(), f.message().replace(f.evidence(), evidence), evidence, f.start(), f.end());
        }).toList();
        String title = r.title();
        if (title != null) {
            int at = r.text().indexOf(title);
            title = at >= 0 ? original.substring(at, at + title.length()) : title;
        }
        return new ParsedReport(original, title, r.form(), headings, r.items(), sections, metrics, placeholders, flags,
                r.problemShare(), r.years(), r.reportYear());
    }
}
