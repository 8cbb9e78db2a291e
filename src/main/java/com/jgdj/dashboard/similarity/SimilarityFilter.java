package com.jgdj.dashboard.similarity;

/**
 * The 疑似雷同 list's filters: the period, and the units a pair must touch on either side — of a category, below a
 * 上级单位, graded so in the period ({@code Grade} constant name); null does not filter.
 */
public record SimilarityFilter(long periodId, Long categoryId, Long parentUnitId, String grade) {

    public static SimilarityFilter period(long periodId) {
        return new SimilarityFilter(periodId, null, null, null);
    }
}
