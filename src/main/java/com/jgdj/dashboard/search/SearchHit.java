package com.jgdj.dashboard.search;

import com.jgdj.dashboard.period.PeriodKind;

import java.util.List;

/**
 * One report that contains every term: how often the terms occur, where the first term first stands (a character
 * offset into the normalised text the reader shows), and the text around it ({@code snippet} starts at
 * {@code snippetStart}).
 */
public record SearchHit(long submissionId, long unitId, String unitName, int periodYear, PeriodKind periodKind,
                        String title, int occurrences, int firstOffset, String snippet, int snippetStart,
                        List<String> terms) {

    public String periodName() {
        return periodKind.periodName(periodYear);
    }
}
