package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.grading.Grade;

import java.math.BigDecimal;

/**
 * A unit in a period's assessment list: its latest report (if any) and its assessment (if started).
 * {@code status}, {@code total} and {@code grade} are null until the first save; {@code grade} is the effective one
 * (a quota decision included) and {@code gradedBy} the assessor who entered the scores.
 */
public record AssessmentRow(long unitId, String unitName, String categoryName, Long submissionId, Boolean late,
                            Long assessmentId, AssessmentStatus status, BigDecimal total, Grade grade,
                            BigDecimal selfScore, String gradedBy) {
}
