package com.jgdj.dashboard.parsing;

import java.util.List;

/**
 * A canonical indicator (e.g. 中心组学习) with the regex fragments that recognise it in an activity phrase.
 * Same shape as a row of {@code db/changelog/data/indicator.csv} and of the indicator table.
 */
public record IndicatorDefinition(String name, List<String> patterns, int sortOrder) {

    public IndicatorDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("indicator name is blank");
        }
        patterns = List.copyOf(patterns);
    }

    /** Builds a definition from the CSV/database form where patterns are joined by top-level '|'. */
    public static IndicatorDefinition of(String name, String patterns, int sortOrder) {
        return new IndicatorDefinition(name.trim(), IndicatorCsv.splitTopLevel(patterns), sortOrder);
    }
}
