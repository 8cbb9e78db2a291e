package com.jgdj.dashboard.submission;

/**
 * A report as its readers show it: metadata with the full text, and what the parser read from it, loaded together
 * (the text once) in one transaction.
 */
public record SubmissionReport(SubmissionDetails details, ReportAnalysis analysis) {
}
