package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.scheme.SchemeDetails;
import com.jgdj.dashboard.assessment.grading.Grade;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the scoring form needs for one unit and period. {@code form.id()} is null and {@code status} is null
 * until the first save. {@code gradedBy} is the assessor who last entered the scores; {@code quotaDowngraded} says
 * the committee moved the unit out of 优秀 for the quota, which the form's live grade must apply as the stored one does.
 * {@code scheme} is null while the period's year has no scheme (nothing is graded then).
 */
public record AssessmentSheet(long periodId, String periodName, int year, long unitId, String unitName, String categoryName,
                              Long submissionId, SchemeDetails scheme, ScoreForm form, AssessmentStatus status,
                              BigDecimal total, Grade grade, String gradedBy, OffsetDateTime gradedAt,
                              boolean quotaDowngraded, List<RevisionRow> revisions) {

    public boolean editable() {
        return status == null || status == AssessmentStatus.DRAFT;
    }
}
