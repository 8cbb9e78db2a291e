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

    @Transactional(readOnly = true)
    public ReportAnalysis analysisOf(long submissionId) {
        return query.analysis(submissionId);
    }
}
