package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.assessment.grading.GradeCalculator;
import com.jgdj.dashboard.assessment.grading.GradeResult;
import com.jgdj.dashboard.assessment.grading.QuotaCalculator;
import com.jgdj.dashboard.assessment.grading.QuotaCheck;
import com.jgdj.dashboard.assessment.grading.QuotaPlaces;
import com.jgdj.dashboard.assessment.grading.QuotaRule;
import com.jgdj.dashboard.audit.AuditEntry;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * 草稿 → 待审核 per unit (and back); 待审核 → 已审定 → 已通报 for the whole period, approval checking the 优秀 quota.
 */
@Service
public class AssessmentWorkflowService {

    private final AssessmentRepository assessments;
    private final AssessmentQuery query;
    private final SchemeService schemes;
    private final AssessmentService scoring;
    private final AuditService audit;
    private final Clock clock;

    AssessmentWorkflowService(AssessmentRepository assessments, AssessmentQuery query, SchemeService schemes,
                              AssessmentService scoring, AuditService audit, Clock clock) {
        this.assessments = assessments;
        this.query = query;
        this.schemes = schemes;
        this.scoring = scoring;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PeriodProgress progress(long periodId) {
        return query.progress(periodId);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    public long submit(long assessmentId, long version) {
        Assessment a = load(assessmentId, version, AssessmentStatus.DRAFT, "只有草稿可以提交审核");
        GradeResult result = GradeCalculator.grade(schemes.details(a.getSchemeId()).rules(), a.sheet());
        if (!result.complete()) {
            throw new UserInputException("尚有考核指标未评分，不能提交审核");
        }
        return move(a, AssessmentStatus.REVIEW, "ASSESSMENT_SUBMITTED", "提交审核");
    }

    /** "提交审核" on the form: saves the entries and submits them, one transaction; a refused submit stores nothing. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR')")
    public long saveAndSubmit(ScoreForm form) {
        SavedAssessment saved = scoring.save(form);
        return submit(saved.id(), saved.version());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public long returnToDraft(long assessmentId, long version) {
        Assessment a = load(assessmentId, version, AssessmentStatus.REVIEW, "只有待审核的考核可以退回草稿");
        if (a.isQuotaDowngraded()) {
            a.setQuotaDowngraded(false);
            a.setResult(GradeCalculator.grade(schemes.details(a.getSchemeId()).rules(), a.sheet()));
        }
        return move(a, AssessmentStatus.DRAFT, "ASSESSMENT_RETURNED", "退回草稿");
    }

    /** The committee's decision on a quota conflict: this unit does not take an 优秀 place (it becomes 良好). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    public long setQuotaDowngraded(long assessmentId, long version, boolean downgraded) {
        Assessment a = load(assessmentId, version, AssessmentStatus.REVIEW, "只能在审核阶段调整优秀名额");
        a.setQuotaDowngraded(downgraded);
        a.setResult(GradeCalculator.grade(schemes.details(a.getSchemeId()).rules(), a.sheet()));
        assessments.saveAndFlush(a);
        audit.record("ASSESSMENT_QUOTA", "assessment", a.getId(), downgraded ? "因名额调整为良好" : "取消名额调整");
        return a.getVersion();
    }

    /** As {@link #setQuotaDowngraded}, on the current version: a decision taken from the list of candidates. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    public long decideQuota(long assessmentId, boolean downgraded) {
        long version = assessments.findById(assessmentId).map(Assessment::getVersion)
                .orElseThrow(() -> new UserInputException("该考核已不存在"));
        return setQuotaDowngraded(assessmentId, version, downgraded);
    }

    /**
     * The 优秀 quota of the period: its places per group (from the scheme's share, rounding and scope, over all the
     * period's graded units) and who qualifies. The one computation that approval, the grading pages and the
     * overview use.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASSESSOR', 'LEADER')")
    public QuotaCheck quotaCheck(long periodId) {
        return query.schemeOfPeriod(periodId)
                .map(schemeId -> QuotaCalculator.check(schemes.settings(schemeId).quota(),
                        query.quotaEntries(periodId)))
                .orElseGet(() -> new QuotaCheck(List.of()));
    }

    /** The 优秀 places of the period per quota group, from SQL counts: what the overview shows beside its 优秀 count. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public QuotaPlaces quotaPlaces(long periodId) {
        return query.schemeOfPeriod(periodId)
                .map(schemeId -> QuotaCalculator.places(schemes.settings(schemeId).quota(),
                        query.gradedUnitsByCategory(periodId)))
                .orElseGet(() -> new QuotaPlaces(Map.of()));
    }

    /** What 审定 or 通报 of the period would act on: the confirmation dialog states it before anything happens. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    public PeriodReview review(long periodId) {
        QuotaRule rule = query.schemeOfPeriod(periodId).map(id -> schemes.settings(id).quota()).orElse(null);
        return new PeriodReview(query.progress(periodId), query.grades(periodId), rule, quotaCheck(periodId));
    }

    /**
     * Approves every assessment of the period. Refused while any unit of the period is ungraded or a draft (the 优秀
     * quota is a share of all units, so it cannot be judged on part of them) and while the quota is exceeded.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    public int approve(long periodId) {
        PeriodReview review = review(periodId);
        refuse(review.approvalRefusal());
        if (review.check().exceeded()) {
            throw new QuotaExceededException(review.check());
        }
        return moveAll(assessments.findByPeriodId(periodId), AssessmentStatus.APPROVED, "PERIOD_APPROVED", periodId);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    public int revokeApproval(long periodId) {
        List<Assessment> all = assessments.findByPeriodId(periodId);
        requireAll(all, AssessmentStatus.APPROVED, "撤销审定");
        return moveAll(all, AssessmentStatus.REVIEW, "PERIOD_APPROVAL_REVOKED", periodId);
    }

    /** Publishes (通报) the approved results of the period; from then on they change only by correction. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    public int publish(long periodId) {
        refuse(review(periodId).publicationRefusal());
        List<Assessment> all = assessments.findByPeriodId(periodId);
        OffsetDateTime now = now();
        all.forEach(a -> a.setPublishedAt(now));
        return moveAll(all, AssessmentStatus.PUBLISHED, "PERIOD_PUBLISHED", periodId);
    }

    private static void refuse(String refusal) {
        if (refusal != null) {
            throw new UserInputException(refusal);
        }
    }

    private void requireAll(List<Assessment> all, AssessmentStatus required, String action) {
        if (all.isEmpty()) {
            throw new UserInputException("本报送期还没有考核结果，不能" + action);
        }
        long others = all.stream().filter(a -> a.getStatus() != required).count();
        if (others > 0) {
            AssessmentStatus first = all.stream().map(Assessment::getStatus).filter(s -> s != required)
                    .min(Enum::compareTo).orElseThrow();
            throw new UserInputException("有" + others + "个单位的考核不是“" + required.label() + "”状态（如“"
                    + first.label() + "”），不能" + action);
        }
    }

    private int moveAll(List<Assessment> all, AssessmentStatus to, String action, long periodId) {
        String before = all.stream().map(a -> a.getStatus().label()).distinct().sorted()
                .collect(java.util.stream.Collectors.joining("、"));
        all.forEach(a -> a.setStatus(to));
        assessments.saveAllAndFlush(all);
        audit.record(AuditEntry.of(action, "reporting_period", periodId, all.size() + "个单位：" + to.label())
                .period(periodId).change(before, to.label()));
        return all.size();
    }

    private long move(Assessment a, AssessmentStatus to, String action, String detail) {
        String before = a.getStatus().label();
        a.setStatus(to);
        assessments.saveAndFlush(a);
        audit.record(AuditEntry.of(action, "assessment", a.getId(), detail).unit(a.getUnitId())
                .period(a.getPeriodId()).change(before, to.label()));
        return a.getVersion();
    }

    private Assessment load(long id, long version, AssessmentStatus required, String wrongStatus) {
        Assessment a = assessments.findById(id).orElseThrow(() -> new UserInputException("该考核已不存在"));
        if (a.getVersion() != version) {
            throw new ConcurrentEditException("该考核已被他人修改，请刷新后再操作。");
        }
        if (a.getStatus() != required) {
            throw new UserInputException(wrongStatus + "（当前为“" + a.getStatus().label() + "”）");
        }
        return a;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
