package com.jgdj.dashboard.assessment.grading;

import java.util.Map;

/** The 优秀 places of a period per quota group (the whole period, or each category), without the candidates. */
public record QuotaPlaces(Map<String, Integer> byGroup) {

    public QuotaPlaces {
        byGroup = Map.copyOf(byGroup);
    }

    /** The places of the whole period: the sum over the groups (one group when the quota is overall). */
    public int allowed() {
        return byGroup.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The places that apply to the units of one category: its own group's when the quota is counted per category
     * (none when it has no graded unit), the whole period's when the quota is overall (it is not split by category).
     */
    public int allowedFor(String category) {
        Integer overall = byGroup.get(QuotaCheck.OVERALL);
        return overall != null ? overall : byGroup.getOrDefault(category, 0);
    }
}
