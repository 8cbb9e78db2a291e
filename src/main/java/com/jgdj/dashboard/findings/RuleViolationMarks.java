package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.submission.ReportFinding;
import com.jgdj.dashboard.submission.ReportFindingSource;
import org.springframework.stereotype.Component;

import java.util.List;

/** The rule violations of a report as the reader marks them: the evidence sentence of each. */
@Component
class RuleViolationMarks implements ReportFindingSource {

    /** More marks than this in one report would bury the text; the list page has them all. */
    static final int MAX_MARKS = 200;

    private final FindingsService findings;
    private final ReportPartsQuery reports;

    RuleViolationMarks(FindingsService findings, ReportPartsQuery reports) {
        this.findings = findings;
        this.reports = reports;
    }

    @Override
    public List<ReportFinding> findings(long submissionId) {
        // violations are stored for the latest report of a unit and period
        return reports.latestUnitPeriod(submissionId)
                .map(up -> findings.violations(up.periodId(), up.unitId(), 0, MAX_MARKS).stream()
                        .filter(v -> v.submissionId() == submissionId)
                        .map(v -> new ReportFinding(ReportFinding.Kind.RULE, v.startOffset(), v.endOffset(),
                                v.ruleName() + "：" + v.message()))
                        .toList())
                .orElse(List.of());
    }
}
