package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.assessment.grading.GradeResult;
import com.jgdj.dashboard.assessment.grading.ScoreSheet;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One unit's assessment in one period. Total and grade are derived and stored so SQL can rank them. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;
    private long periodId;
    private long schemeId;
    private Long submissionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    private BigDecimal selfScore;
    private String comment;
    private Long vetoId;
    private boolean quotaDowngraded;
    private BigDecimal total = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    /** The assessor who last entered the scores (saved or corrected), and when; workflow steps leave it alone. */
    @Column(name = "updated_by")
    private String gradedBy;
    @Column(name = "updated_at")
    private OffsetDateTime gradedAt;
    private OffsetDateTime publishedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "dimension_id")
    @Column(name = "points", nullable = false)
    private Map<Long, BigDecimal> scores = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "assessment_adjustment", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<AdjustmentEntry> adjustments = new ArrayList<>();

    protected Assessment() {
    }

    Assessment(long unitId, long periodId, long schemeId, Long submissionId) {
        this.unitId = unitId;
        this.periodId = periodId;
        this.schemeId = schemeId;
        this.submissionId = submissionId;
    }

    void apply(ScoreForm form, GradeResult result, String user, OffsetDateTime now) {
        scores.clear();
        scores.putAll(form.points());
        adjustments.clear();
        form.adjustments().forEach(a -> adjustments.add(new AdjustmentEntry(a)));
        vetoId = form.vetoId();
        selfScore = form.selfScore();
        comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().trim();
        setResult(result);
        gradedBy = user;
        gradedAt = now;
    }

    /** The effective total and grade (the quota decision included); who decided is in the audit log. */
    void setResult(GradeResult result) {
        total = result.total();
        grade = result.grade();
    }

    ScoreSheet sheet() {
        return new ScoreSheet(scores, adjustments.stream()
                .map(a -> new ScoreSheet.Adjustment(a.toLine().itemId(), a.toLine().points())).toList(),
                vetoId, quotaDowngraded);
    }

    ScoreForm form() {
        return new ScoreForm(id, version, UnitId.of(unitId), PeriodId.of(periodId), Map.copyOf(scores),
                adjustments.stream().map(AdjustmentEntry::toLine).toList(), vetoId, selfScore, comment);
    }

    void setStatus(AssessmentStatus status) {
        this.status = status;
    }

    void setQuotaDowngraded(boolean quotaDowngraded) {
        this.quotaDowngraded = quotaDowngraded;
    }

    void setPublishedAt(OffsetDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getPeriodId() {
        return periodId;
    }

    public long getSchemeId() {
        return schemeId;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Grade getGrade() {
        return grade;
    }

    public boolean isQuotaDowngraded() {
        return quotaDowngraded;
    }

    public String getGradedBy() {
        return gradedBy;
    }

    public OffsetDateTime getGradedAt() {
        return gradedAt;
    }

    public long getVersion() {
        return version;
    }
}
