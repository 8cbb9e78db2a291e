package com.jgdj.dashboard.findings;

import java.util.List;

/**
 * A unit's previous-period plans against this period's work part. {@code planSubmissionId} and
 * {@code workSubmissionId} are the two reports the offsets refer to.
 */
public record PlanDelivery(long planSubmissionId, String planPeriodName, long workSubmissionId,
                           List<PlanItemMatch> items) {

    public long coveredCount() {
        return items.stream().filter(PlanItemMatch::covered).count();
    }

    public List<PlanItemMatch> uncovered() {
        return items.stream().filter(i -> !i.covered()).toList();
    }

    /** Covered items over all items, 0 … 1; 0 for a plan without items. */
    public double coverage() {
        return items.isEmpty() ? 0 : (double) coveredCount() / items.size();
    }
}
