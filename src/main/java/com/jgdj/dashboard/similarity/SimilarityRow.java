package com.jgdj.dashboard.similarity;

import java.math.BigDecimal;

/**
 * One suspicious pair as listed: {@code kind} PEER (two units of the period) or PREVIOUS (a unit's report, a,
 * against its own report of the previous period, b).
 */
public record SimilarityRow(long id, String kind, long submissionA, String unitA, long submissionB, String unitB,
                            String periodB, BigDecimal score, int longestPassage) {

    public boolean previous() {
        return "PREVIOUS".equals(kind);
    }

    /** Score as a whole percentage for people, e.g. "37%". */
    public String percent() {
        return score.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
