package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.scheme.SchemeDetails;
import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.base.Formats;

import com.jgdj.dashboard.assessment.grading.GradeCalculator;
import com.jgdj.dashboard.assessment.grading.GradeResult;
import com.jgdj.dashboard.assessment.grading.ScoreSheet;
import com.jgdj.dashboard.audit.AuditEntry;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Scoring: the period's list, one unit's scoring sheet, and saving a draft. */
@Service
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final AssessmentQuery query;
    private final SchemeService schemes;
    private final ReportingPeriodService periods;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, AssessmentQuery query, SchemeService schemes,
                      ReportingPeriodService periods, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.assessments = assessments;
        this.query = query;
        this.schemes = schemes;
        this.periods = periods;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public List<AssessmentRow> list(AssessmentFilter filter, int offset, int limit) {
        return query.rows(filter, currentUser.scope(), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public long count(AssessmentFilter filter) {
        return query.count(filter, currentUser.scope());
    }

    /**
     * The scoring sheet of a unit in a period; empty outside the scope. A read: when the year has no scheme yet the
     * sheet's scheme is null, and nothing is created.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public java.util.Optional<AssessmentSheet> sheet(PeriodId periodOfSheet, UnitId unit) {
        long periodId = periodOfSheet.value();
        long unitId = unit.value();
        PeriodRow period = periods.find(periodId).orElse(null);
        AssessmentRow row = query.row(periodId, unitId).orElse(null);
        if (period == null || row == null) {
            return java.util.Optional.empty();
        }
        Assessment a = assessments.findByUnitIdAndPeriodId(unitId, periodId).orElse(null);
        SchemeDetails scheme = a == null ? schemes.findForYear(period.year()).orElse(null)
                : schemes.details(a.getSchemeId());
        ScoreForm form = a == null
                ? new ScoreForm(null, null, unit, periodOfSheet, Map.of(), List.of(), null, null, null)
                : a.form();
        return java.util.Optional.of(new AssessmentSheet(periodId, period.name(), period.year(), unitId, row.unitName(),
                row.categoryName(), a == null ? row.submissionId() : a.getSubmissionId(), scheme, form,
                a == null ? null : a.getStatus(), a == null ? null : a.getTotal(), a == null ? null : a.getGrade(),
                a == null ? null : a.getGradedBy(), a == null ? null : a.getGradedAt(),
                a != null && a.isQuotaDowngraded(), a == null ? List.of() : query.revisions(a.getId())));
    }

    /**
     * Saves a draft. A save based on an outdated version — or a first save when someone else already created the
     * assessment — is refused with the other assessor's values in the message; nothing is overwritten.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    public SavedAssessment save(ScoreForm form) {
        long unitId = form.unit().value();
        long periodId = form.period().value();
        Assessment a = assessments.findByUnitIdAndPeriodId(unitId, periodId).orElse(null);
        if (a != null && (form.id() == null || form.version() == null || a.getVersion() != form.version())) {
            throw new ConcurrentEditException(conflictMessage(a));
        }
        if (a == null) {
            PeriodRow period = periods.find(periodId).orElseThrow(() -> new UserInputException("该报送期已不存在"));
            if (query.row(periodId, unitId).isEmpty()) {
                throw new UserInputException("该单位不存在或已停用");
            }
            long schemeId = schemes.idForNewAssessments(period.year());
            a = new Assessment(unitId, periodId, schemeId, query.latestSubmission(unitId, periodId).orElse(null));
        } else if (a.getStatus() == AssessmentStatus.PUBLISHED) {
            throw new UserInputException("考核结果已通报，只能通过“更正”修改");
        } else if (a.getStatus() != AssessmentStatus.DRAFT) {
            throw new UserInputException("考核已" + a.getStatus().label() + "，不能修改；如需修改请先退回草稿");
        }
        GradeResult result = validateAndGrade(schemes.details(a.getSchemeId()), form, a.isQuotaDowngraded());
        String before = form.id() == null ? null : scoreLabel(a.getTotal(), a.getGrade());
        a.apply(form, result, currentUser.username(), OffsetDateTime.now(clock));
        Assessment saved = flush(a);
        String after = scoreLabel(saved.getTotal(), saved.getGrade());
        audit.record(AuditEntry.of(form.id() == null ? "ASSESSMENT_CREATED" : "ASSESSMENT_SAVED", "assessment",
                        saved.getId(), after).unit(saved.getUnitId()).period(saved.getPeriodId()).change(before, after));
        return new SavedAssessment(saved.getId(), saved.getVersion(), saved.getTotal(), saved.getGrade());
    }

    /** A total and grade as the audit log shows them before and after a change: 总分 86.5，良好. */
    static String scoreLabel(java.math.BigDecimal total, com.jgdj.dashboard.assessment.grading.Grade grade) {
        return "总分 " + (total == null ? "—" : Points.format(total)) + (grade == null ? "" : "，" + grade.label());
    }

    static GradeResult validateAndGrade(SchemeDetails scheme, ScoreForm form, boolean quotaDowngraded) {
        ScoreSheet sheet = new ScoreSheet(form.points(), form.adjustments().stream()
                .map(l -> new ScoreSheet.Adjustment(l.itemId(), l.points())).toList(), form.vetoId(), quotaDowngraded);
        List<String> problems = new java.util.ArrayList<>(GradeCalculator.problems(scheme.rules(), sheet));
        if (form.adjustments().stream().anyMatch(l -> l.reason() == null || l.reason().isBlank())) {
            problems.add("每项加分、扣分都要填写理由");
        }
        if (form.selfScore() != null && (form.selfScore().signum() < 0
                || form.selfScore().compareTo(new java.math.BigDecimal("110")) > 0
                || !GradeCalculator.isHalfPoint(form.selfScore()))) {
            problems.add("自评得分应在0至110分之间，精确到0.5分");
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(String.join("；", problems));
        }
        return GradeCalculator.grade(scheme.rules(), sheet);
    }

    private Assessment flush(Assessment a) {
        try {
            return assessments.saveAndFlush(a);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("该考核刚被他人保存，您的修改未保存，请重新打开后再编辑。");
        }
    }

    /** Who saved what, so the second assessor can compare before re-entering. */
    private String conflictMessage(Assessment a) {
        SchemeDetails scheme = schemes.details(a.getSchemeId());
        ScoreForm theirs = a.form();
        StringBuilder values = new StringBuilder();
        scheme.rules().dimensions().forEach(d -> {
            var p = theirs.points().get(d.id());
            values.append(d.name()).append(' ').append(p == null ? "未评" : Points.format(p)).append('，');
        });
        values.append("总分 ").append(Points.format(a.getTotal()));
        if (a.getGrade() != null) {
            values.append("，").append(a.getGrade().label());
        }
        return "该考核已被" + a.getGradedBy() + "于" + Formats.dateTime(a.getGradedAt()) + "保存，对方的数据为：" + values
                + "。您的修改未保存，请重新打开后核对再录入。";
    }
}
