package com.jgdj.dashboard.parsing;

import java.util.List;

/**
 * Everything extracted from one report. All offsets refer to {@link #text()}, the normalised text that the
 * product stores. {@code reportYear} is the period's year or the year inferred from the text (null if unknown).
 */
public record ParsedReport(
        String text,
        String title,
        Form form,
        List<Heading> headings,
        List<InlineItem> items,
        List<Section> sections,
        List<Metric> metrics,
        List<Placeholder> placeholders,
        List<Flag> flags,
        double problemShare,
        List<Integer> years,
        Integer reportYear) {

    public enum Form {
        REPORT, SPEECH;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The content parts present, in order of first appearance. */
    public List<Part> parts() {
        return sections.stream().map(Section::part).filter(Part::isContentPart).distinct().toList();
    }

    public boolean hasFlag(Flag.Code code) {
        return flags.stream().anyMatch(f -> f.code() == code);
    }
}
