package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.assessment.grading.QuotaCheck;
import com.jgdj.dashboard.assessment.grading.QuotaRule;

import java.util.Map;

/**
 * What 审定 and 通报 of a period act on, for the confirmation and for the service's own checks: the units by status,
 * the effective grades, and the 优秀 quota ({@code quota} null before any assessment exists).
 */
public record PeriodReview(PeriodProgress progress, Map<Grade, Long> grades, QuotaRule quota, QuotaCheck check) {

    public PeriodReview {
        grades = Map.copyOf(grades);
    }

    /** Units that cannot be approved yet: not graded at all, or still a draft. */
    public long ungraded() {
        return progress.notStarted() + progress.draft();
    }

    /**
     * Why the period cannot be approved, in Chinese; null when it may be (the quota is checked on approval). Every
     * unit must be graded and submitted first, because the 优秀 quota is a share of all the period's units.
     */
    public String approvalRefusal() {
        if (progress.units() - progress.notStarted() == 0) {
            return "本报送期还没有考核结果，不能审定";
        }
        if (ungraded() > 0) {
            return "还有" + ungraded() + "个单位未完成评分（未评分 " + progress.notStarted() + " 个，草稿 " + progress.draft()
                    + " 个），全部单位提交审核后才能审定：优秀名额按本期全部单位计算";
        }
        long others = progress.approved() + progress.published();
        return others == 0 ? null : "有" + others + "个单位的考核不是“待审核”状态（如“"
                + (progress.approved() > 0 ? AssessmentStatus.APPROVED : AssessmentStatus.PUBLISHED).label() + "”），不能审定";
    }

    /** Why the period cannot be published, in Chinese; null when it may be. */
    public String publicationRefusal() {
        if (progress.units() - progress.notStarted() == 0) {
            return "本报送期还没有考核结果，不能通报";
        }
        if (progress.notStarted() > 0) {
            return "还有" + progress.notStarted() + "个单位未评分，不能通报";
        }
        long others = progress.units() - progress.approved();
        if (others == 0) {
            return null;
        }
        AssessmentStatus first = progress.draft() > 0 ? AssessmentStatus.DRAFT
                : progress.review() > 0 ? AssessmentStatus.REVIEW : AssessmentStatus.PUBLISHED;
        return "有" + others + "个单位的考核不是“已审定”状态（如“" + first.label() + "”），不能通报";
    }

    public long count(Grade grade) {
        return grades.getOrDefault(grade, 0L);
    }
}
