package com.jgdj.dashboard.findings;

/**
 * The findings of a period under the overview's filters: rule violations, suspicious copy pairs (null for a user
 * who may not see them) and plan items of the previous report without matching delivery.
 */
public record FindingCounts(long ruleViolations, Long copyPairs, long uncoveredPlanItems) {
}
