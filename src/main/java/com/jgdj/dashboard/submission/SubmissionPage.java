package com.jgdj.dashboard.submission;

import java.util.List;

/** Everything the submission details page shows, read in one transaction with the text read once. */
public record SubmissionPage(SubmissionReport report, List<ReportAnalysis.IndicatorTotal> totals,
                             List<SubmissionVersionRow> versions) {

    public SubmissionDetails details() {
        return report.details();
    }

    public ReportAnalysis analysis() {
        return report.analysis();
    }
}
