package com.jgdj.dashboard.assessment.grading;

import java.util.List;

public record QuotaCheck(List<QuotaGroup> groups) {

    public static final String OVERALL = "全部单位";

    public boolean exceeded() {
        return groups.stream().anyMatch(QuotaGroup::exceeded);
    }

    /** The 优秀 places of the whole period: the sum over the groups (one group when the quota is overall). */
    public int allowed() {
        return groups.stream().mapToInt(QuotaGroup::allowed).sum();
    }

    /**
     * The places that apply to the units of one category: its own group's when the quota is counted per category
     * (none when it has no graded unit), the whole period's when the quota is overall (it is not split by category).
     */
    public int allowedFor(String category) {
        if (groups.size() == 1 && groups.getFirst().name().equals(OVERALL)) {
            return groups.getFirst().allowed();
        }
        return groups.stream().filter(g -> g.name().equals(category)).mapToInt(QuotaGroup::allowed).sum();
    }

    /** All candidates of the exceeded groups, by group, then by score. */
    public List<QuotaCandidate> candidatesOfExceededGroups() {
        return groups.stream().filter(QuotaGroup::exceeded).flatMap(g -> g.candidates().stream()).toList();
    }
}
