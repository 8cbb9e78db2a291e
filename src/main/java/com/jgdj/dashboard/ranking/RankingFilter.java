package com.jgdj.dashboard.ranking;

/**
 * A period's ranking, optionally one category only and/or only the units below a 上级单位 ({@code parentUnitId});
 * {@code byCategory} orders by category and category rank. Ranks stay those of the whole period.
 */
public record RankingFilter(long periodId, Long categoryId, Long parentUnitId, boolean byCategory) {

    public RankingFilter(long periodId, Long categoryId, boolean byCategory) {
        this(periodId, categoryId, null, byCategory);
    }
}
