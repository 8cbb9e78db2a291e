package com.jgdj.dashboard.submission;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parsed analysis of a stored report for system tasks that run without a signed-in user (demo loading).
 * Views and user-facing services use {@link SubmissionService#analysis(long)}, which applies the user's scope.
 */
@Component
public class ReportAnalysisReader {

    private final SubmissionQuery query;

    ReportAnalysisReader(SubmissionQuery query) {
        this.query = query;
    }

    /**
     * Counts and flags (no outline) of every latest report of a period, by submission id, read in two statements;
     * a report with neither is absent from the map.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, ReportAnalysis> countsAndFlagsOf(long periodId) {
        return query.countsAndFlags(periodId);
    }
}
