package com.jgdj.dashboard.submission;

import java.math.BigDecimal;
import java.util.List;

/** What the parser read from one stored report; every offset is into {@code SubmissionDetails.fullText}. */
public record ReportAnalysis(List<HeadingRow> headings, List<SectionRow> sections, List<MetricRow> metrics,
                             List<FlagRow> flags) {

    public record HeadingRow(int ordinal, int level, String marker, String title, int startOffset, int endOffset) {
    }

    public record SectionRow(int ordinal, String part, String heading, int startOffset, int endOffset) {

        public String partLabel() {
            return switch (part) {
                case "work_done" -> "工作开展情况";
                case "problems" -> "存在问题";
                case "plans" -> "工作打算";
                case "opening" -> "开头";
                default -> "结尾";
            };
        }
    }

    public record MetricRow(int ordinal, String text, BigDecimal number, String unit, boolean approx, String indicator,
                            int startOffset, int quantityStart, int endOffset) {
    }

    /** {@code startOffset} is null for a finding about something absent (a missing part). */
    public record FlagRow(int ordinal, String code, String message, String evidence, Integer startOffset,
                          Integer endOffset) {
    }

    /** Counts per indicator: the sum of numbers with the same measure word, and how often it is mentioned. */
    public record IndicatorTotal(String indicator, String unit, BigDecimal total, long mentions) {
    }
}
