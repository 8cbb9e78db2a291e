package com.jgdj.dashboard.assessment.grading;

import java.util.List;

public record QuotaCheck(List<QuotaGroup> groups) {

    public static final String OVERALL = "全部单位";

    public boolean exceeded() {
        return groups.stream().anyMatch(QuotaGroup::exceeded);
    }

    /** All candidates of the exceeded groups, by group, then by score. */
    public List<QuotaCandidate> candidatesOfExceededGroups() {
        return groups.stream().filter(QuotaGroup::exceeded).flatMap(g -> g.candidates().stream()).toList();
    }
}
