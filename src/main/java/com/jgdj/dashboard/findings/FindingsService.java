package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.similarity.SimilarityFilter;
import com.jgdj.dashboard.similarity.SimilarityRow;
import com.jgdj.dashboard.similarity.SimilarityService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * What reading the reports finds beyond the parser's flags: rule violations on the counts, last period's plans
 * against this period's work, and (with the similarity feature) the suspicious copies, counted and exported together.
 * Advisory only. Signed-in users; each method applies the user's unit scope, and a liaison sees only published
 * grades in the grade filter.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class FindingsService {

    private final RuleViolationQuery violations;
    private final ReportPartsQuery reports;
    private final FindingCountsQuery counts;
    private final PlanDeliveryCalculator calculator;
    private final SimilarityService similarity;
    private final FindingsExport export;
    private final AuditService audit;
    private final CountMinimumQuery minimums;
    private final CurrentUser currentUser;

    FindingsService(RuleViolationQuery violations, ReportPartsQuery reports, FindingCountsQuery counts,
                    PlanDeliveryCalculator calculator, SimilarityService similarity, FindingsExport export,
                    AuditService audit, CountMinimumQuery minimums,
                    CurrentUser currentUser) {
        this.violations = violations;
        this.reports = reports;
        this.counts = counts;
        this.calculator = calculator;
        this.similarity = similarity;
        this.export = export;
        this.audit = audit;
        this.minimums = minimums;
        this.currentUser = currentUser;
    }

    /** The period's rule violations (of one unit when {@code unitId} is set), by unit name and rule. */
    @Transactional(readOnly = true)
    public List<RuleViolation> violations(long periodId, Long unitId, int offset, int limit) {
        return violations.list(periodId, unitId, currentUser.scope(), offset, limit);
    }

    @Transactional(readOnly = true)
    public List<RuleViolation> violations(FindingsFilter filter, int offset, int limit) {
        return violations.list(filter, null, currentUser.scope(), publishedOnly(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long violationCount(long periodId) {
        return violationCount(FindingsFilter.period(periodId));
    }

    @Transactional(readOnly = true)
    public long violationCount(FindingsFilter filter) {
        return violations.count(filter, currentUser.scope(), publishedOnly());
    }

    /** The overview's findings figures, in one statement; no copy count for a user who may not see the pairs. */
    @Transactional(readOnly = true)
    public FindingCounts counts(FindingsFilter filter) {
        return counts.counts(filter, currentUser.scope(), publishedOnly(), seesCopies());
    }

    /** 上期打算未落实 of the period's latest reports, by unit name and the item's place in the plan. */
    @Transactional(readOnly = true)
    public List<PlanGapRow> planGaps(FindingsFilter filter, int offset, int limit) {
        return counts.gaps(filter, currentUser.scope(), publishedOnly(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long planGapCount(FindingsFilter filter) {
        return counts.gapCount(filter, currentUser.scope(), publishedOnly());
    }

    /**
     * 核查发现 as .xlsx (all three lists with the filters applied; the copies only for the committee), recorded in
     * the audit log.
     */
    @Transactional
    public byte[] exportXlsx(FindingsFilter filter, String periodName, String filterDescription) {
        List<RuleViolation> rules = violations(filter, 0, Integer.MAX_VALUE);
        List<SimilarityRow> copies = seesCopies() ? similarity.page(new SimilarityFilter(filter.periodId(),
                filter.categoryId(), filter.parentUnitId(), filter.grade()), 0, Integer.MAX_VALUE) : null;
        List<PlanGapRow> gaps = planGaps(filter, 0, Integer.MAX_VALUE);
        audit.record("FINDINGS_EXPORTED", "reporting_period", filter.periodId(), "导出核查发现：" + periodName + "，"
                + filterDescription + "；数字核对提示 " + rules.size() + " 条"
                + (copies == null ? "" : "，疑似雷同 " + copies.size() + " 对") + "，上期打算未落实 " + gaps.size() + " 项");
        return export.write(periodName, filterDescription, rules, copies, gaps);
    }

    /** The latest period in which the unit has a report, if the user may see the unit. */
    @Transactional(readOnly = true)
    public Optional<Long> latestReportedPeriod(long unitId) {
        return currentUser.scope().includes(unitId) ? reports.latestReportedPeriod(unitId) : Optional.empty();
    }

    /**
     * The plan items of the unit's report for the period before {@code periodId} matched against the work part of its
     * report for {@code periodId}; empty when either report is missing, the earlier one has no plans part, or the user
     * may not see the unit.
     */
    @Transactional(readOnly = true)
    public Optional<PlanDelivery> planDelivery(long unitId, long periodId) {
        if (!currentUser.scope().includes(unitId)) {
            return Optional.empty();
        }
        return calculator.compute(unitId, periodId).map(PlanDeliveryCalculator.Outcome::delivery);
    }

    /** The findings on one unit's report of the period and the count minimums, for the grading form (one read). */
    @Transactional(readOnly = true)
    public ReportFindings reportFindings(long unitId, long periodId) {
        return new ReportFindings(violations.list(periodId, unitId, currentUser.scope(), 0, 50),
                planDelivery(unitId, periodId).orElse(null), minimums.list());
    }

    /** Whether the user may see 疑似雷同 (the committee). */
    public boolean seesCopies() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ASSESSOR) || currentUser.hasRole(Role.LEADER);
    }

    private boolean publishedOnly() {
        return currentUser.hasRole(Role.REPORTER);
    }
}
