package com.jgdj.dashboard.assessment;

/** Filters of the assessment list; null fields do not filter. {@code periodId} is required. */
public record AssessmentFilter(long periodId, String nameContains, AssessmentStatus status) {
}
