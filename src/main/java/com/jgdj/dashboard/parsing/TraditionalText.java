package com.jgdj.dashboard.parsing;

import com.ibm.icu.text.Transliterator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports in traditional characters (黨建, 會議, 項) are parsed on their simplified form (ICU's
 * Traditional-Simplified, character for character) and handed back with the original text: every offset stays
 * valid because the conversion keeps the length (if it would not, the text is parsed as it is), and every text
 * field of the result is cut again from the original.
 */
final class TraditionalText {

    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private TraditionalText() {
    }

    /** The simplified form for matching, or {@code text} itself when it has none or it would change the length. */
    static String forMatching(String text) {
        String simplified = TO_SIMPLIFIED.get().transliterate(text);
        return simplified.length() == text.length() ? simplified : text;
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
