package com.jgdj.dashboard.assessment;

/**
 * Something in a report an assessor may want to weigh — shown beside the form, never turned into points by itself.
 * {@code start}/{@code end} are character offsets into the report text.
 */
public record ReportHint(EvidenceKind kind, String message, int start, int end, String text) {

    public Evidence evidence(long submissionId) {
        return new Evidence(submissionId, start, end, text, kind);
    }
}
