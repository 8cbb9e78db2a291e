package com.jgdj.dashboard.ranking;

/** A period's ranking, optionally one category only; {@code byCategory} orders by category and category rank. */
public record RankingFilter(long periodId, Long categoryId, boolean byCategory) {
}
