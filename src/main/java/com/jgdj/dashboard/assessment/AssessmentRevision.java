package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.grading.Grade;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A correction of a published assessment. Written once, never changed. */
@Entity
@Table(name = "assessment_revision")
class AssessmentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long assessmentId;
    private OffsetDateTime revisedAt;
    private String revisedBy;
    private String reason;
    private BigDecimal totalBefore;
    private BigDecimal totalAfter;

    @Enumerated(EnumType.STRING)
    private Grade gradeBefore;

    @Enumerated(EnumType.STRING)
    private Grade gradeAfter;

    private String changes;

    protected AssessmentRevision() {
    }

    AssessmentRevision(long assessmentId, OffsetDateTime revisedAt, String revisedBy, String reason,
                       BigDecimal totalBefore, Grade gradeBefore, BigDecimal totalAfter, Grade gradeAfter,
                       String changes) {
        this.assessmentId = assessmentId;
        this.revisedAt = revisedAt;
        this.revisedBy = revisedBy;
        this.reason = reason;
        this.totalBefore = totalBefore;
        this.gradeBefore = gradeBefore;
        this.totalAfter = totalAfter;
        this.gradeAfter = gradeAfter;
        this.changes = changes;
    }
}
