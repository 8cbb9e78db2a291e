package com.jgdj.dashboard.similarity;

import java.util.List;

/**
 * Result of comparing report {@code a} with report {@code b} (indexes into the compared list, {@code a < b}).
 * {@code score}: share of the shorter report's letters and digits covered by shared passages (common phrasing
 * not counted), rounded to 4 decimals.
 */
public record SimilarPair(int a, int b, double score, List<SharedPassage> shared) {

    public int longestPassage() {
        return shared.stream().mapToInt(SharedPassage::length).max().orElse(0);
    }
}
