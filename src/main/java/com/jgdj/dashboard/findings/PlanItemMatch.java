package com.jgdj.dashboard.findings;

/**
 * A plan item of the previous report with the passage of this report's work part that shares most of its wording
 * ({@code delivery}, null when the work part is empty), the share of the item's character bigrams found in it, and
 * whether that reaches the threshold.
 */
public record PlanItemMatch(Passage item, Passage delivery, double score, boolean covered) {

    /** The score as a whole percentage, e.g. 67%. */
    public String percent() {
        return Math.round(score * 100) + "%";
    }
}
