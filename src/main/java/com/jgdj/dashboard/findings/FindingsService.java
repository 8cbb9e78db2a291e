package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What reading the reports finds beyond the parser's flags: rule violations on the counts, and last period's plans
 * against this period's work. Advisory only; scoped to what the signed-in user may read.
 */
/** Findings on reports are for signed-in users; each method applies the user's unit scope. */
@Service
@PreAuthorize("isAuthenticated()")
public class FindingsService {

    private final RuleViolationQuery violations;
    private final ReportPartsQuery reports;
    private final CountMinimumQuery minimums;
    private final CurrentUser currentUser;

    FindingsService(RuleViolationQuery violations, ReportPartsQuery reports, CountMinimumQuery minimums,
                    CurrentUser currentUser) {
        this.violations = violations;
        this.reports = reports;
        this.minimums = minimums;
        this.currentUser = currentUser;
    }

    /** The period's rule violations (of one unit when {@code unitId} is set), by unit name and rule. */
    @Transactional(readOnly = true)
    public List<RuleViolation> violations(long periodId, Long unitId, int offset, int limit) {
        return violations.list(periodId, unitId, currentUser.scope(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long violationCount(long periodId) {
        return violations.count(periodId, currentUser.scope());
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
        Optional<ReportPartsQuery.ReportPair> pair = reports.reportAndPrevious(unitId, periodId);
        Optional<ReportPartsQuery.Report> current = pair.map(ReportPartsQuery.ReportPair::current);
        Optional<ReportPartsQuery.Report> previous = pair.flatMap(ReportPartsQuery.ReportPair::previous);
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        List<Passage> plans = passages(previous.get(), "plans");
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        List<Passage> work = passages(current.get(), "work_done");
        ReportPartsQuery.Report before = previous.get();
        return Optional.of(new PlanDelivery(before.id(), before.kind().periodName(before.year()), current.get().id(),
                PlanMatcher.match(plans, work)));
    }

    /** The findings on one unit's report of the period and the count minimums, for the grading form (one read). */
    @Transactional(readOnly = true)
    public ReportFindings reportFindings(long unitId, long periodId) {
        return new ReportFindings(violations.list(periodId, unitId, currentUser.scope(), 0, 50),
                planDelivery(unitId, periodId).orElse(null), minimums.list());
    }

    private List<Passage> passages(ReportPartsQuery.Report report, String part) {
        List<Passage> out = new ArrayList<>();
        for (ReportPartsQuery.SectionSpan s : reports.sections(report.id(), part)) {
            out.addAll(PlanMatcher.paragraphs(report.fullText(), s.startOffset(), s.endOffset(), s.heading()));
        }
        return out;
    }
}
