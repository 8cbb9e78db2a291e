package com.jgdj.dashboard.assessment;

/** How far a period's assessments are: counts per status, and the units not yet assessed. */
public record PeriodProgress(long units, long notStarted, long draft, long review, long approved, long published) {

    /** The period's status as a whole: the least advanced status of any assessment; null before any. */
    public AssessmentStatus overall() {
        if (draft > 0) return AssessmentStatus.DRAFT;
        if (review > 0) return AssessmentStatus.REVIEW;
        if (approved > 0) return AssessmentStatus.APPROVED;
        return published > 0 ? AssessmentStatus.PUBLISHED : null;
    }
}
