package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.scheme.SchemeDetails;
import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.assessment.grading.GradeResult;
import com.jgdj.dashboard.audit.AuditEntry;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Corrections of published results: each one changes the values and leaves a revision (who, when, why, what). */
@Service
public class AssessmentCorrectionService {

    private final AssessmentRepository assessments;
    private final AssessmentRevisionRepository revisions;
    private final AssessmentQuery query;
    private final SchemeService schemes;
    private final AssessmentWorkflowService workflow;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    AssessmentCorrectionService(AssessmentRepository assessments, AssessmentRevisionRepository revisions,
                                AssessmentQuery query, SchemeService schemes, AssessmentWorkflowService workflow,
                                CurrentUser currentUser, AuditService audit, Clock clock) {
        this.assessments = assessments;
        this.revisions = revisions;
        this.query = query;
        this.schemes = schemes;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Corrects a published result and, in the same transaction, checks the period's 优秀 quota on the corrected
     * values. A correction is not refused for the quota (the result is already public); the committee is told.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    public Correction correct(ScoreForm form, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserInputException("请填写更正理由");
        }
        Assessment a = assessments.findById(Objects.requireNonNull(form.id()))
                .orElseThrow(() -> new UserInputException("该考核已不存在"));
        if (form.version() == null || a.getVersion() != form.version()) {
            throw new ConcurrentEditException("该考核已被他人更正，请重新打开后再操作。");
        }
        if (a.getStatus() != AssessmentStatus.PUBLISHED) {
            throw new UserInputException("只有已通报的考核结果需要更正；未通报的请直接修改");
        }
        SchemeDetails scheme = schemes.details(a.getSchemeId());
        ScoreForm before = a.form();
        BigDecimal totalBefore = a.getTotal();
        Grade gradeBefore = a.getGrade();
        GradeResult result = AssessmentService.validateAndGrade(scheme, form, a.isQuotaDowngraded());
        String changes = changes(scheme, before, form);
        if (changes.isEmpty()) {
            throw new UserInputException("没有任何修改，无需更正");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String user = currentUser.username();
        a.apply(form, result, user, now);
        try {
            assessments.saveAndFlush(a);
        } catch (ObjectOptimisticLockingFailureException e) {
            // another correction of the same version was stored while this one was being saved
            throw new ConcurrentEditException("该考核刚被他人更正，您的更正未保存，请重新打开后再更正。");
        }
        revisions.saveAndFlush(new AssessmentRevision(a.getId(), now, user, reason.trim(), totalBefore, gradeBefore,
                a.getTotal(), a.getGrade(), changes));
        audit.record(AuditEntry.of("ASSESSMENT_CORRECTED", "assessment", a.getId(), reason.trim() + "；" + changes)
                .unit(a.getUnitId()).period(a.getPeriodId())
                .change(AssessmentService.scoreLabel(totalBefore, gradeBefore),
                        AssessmentService.scoreLabel(a.getTotal(), a.getGrade())));
        return new Correction(new SavedAssessment(a.getId(), a.getVersion(), a.getTotal(), a.getGrade()),
                workflow.quotaCheck(a.getPeriodId()).exceeded());
    }

    /** A stored correction, and whether the period's 优秀 quota is exceeded with it. */
    public record Correction(SavedAssessment saved, boolean quotaExceeded) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public List<RevisionRow> revisions(long assessmentId) {
        return query.revisions(assessmentId);
    }

    /** What differs, in Chinese: 组织建设 16 → 18；加减分 3项 → 2项；否决 无 → …；评语已修改. */
    static String changes(SchemeDetails scheme, ScoreForm before, ScoreForm after) {
        List<String> changes = new ArrayList<>();
        scheme.rules().dimensions().forEach(d -> {
            BigDecimal b = before.points().get(d.id());
            BigDecimal n = after.points().get(d.id());
            if (!sameNumber(b, n)) {
                changes.add(d.name() + " " + Points.format(b) + " → " + Points.format(n));
            }
        });
        if (!normalized(before).equals(normalized(after))) {
            changes.add("加减分 " + describe(scheme, before) + " → " + describe(scheme, after));
        }
        if (!Objects.equals(before.vetoId(), after.vetoId())) {
            changes.add("否决事项 " + veto(scheme, before.vetoId()) + " → " + veto(scheme, after.vetoId()));
        }
        if (!sameNumber(before.selfScore(), after.selfScore())) {
            changes.add("自评 " + Points.format(before.selfScore()) + " → " + Points.format(after.selfScore()));
        }
        if (!Objects.equals(blankToNull(before.comment()), blankToNull(after.comment()))) {
            changes.add("评语已修改");
        }
        return String.join("；", changes);
    }

    private static List<AdjustmentLine> normalized(ScoreForm form) {
        return form.adjustments().stream().map(l -> new AdjustmentLine(l.itemId(), l.points().stripTrailingZeros(),
                l.reason().trim(), l.evidence())).toList();
    }

    private static String describe(SchemeDetails scheme, ScoreForm form) {
        if (form.adjustments().isEmpty()) {
            return "无";
        }
        return String.join("、", form.adjustments().stream().map(l -> scheme.rules().item(l.itemId())
                .map(i -> i.name() + (i.kind() == com.jgdj.dashboard.assessment.grading.ItemKind.BONUS ? "+" : "-")
                        + Points.format(l.points())).orElse("?")).toList());
    }

    private static String veto(SchemeDetails scheme, Long vetoId) {
        return vetoId == null ? "无" : scheme.rules().veto(vetoId).map(v -> v.name()).orElse("?");
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
