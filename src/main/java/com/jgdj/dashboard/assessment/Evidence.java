package com.jgdj.dashboard.assessment;

/**
 * A place in a submitted report that justifies a bonus or deduction: characters {@code start} (inclusive) to
 * {@code end} (exclusive) of the submission's full text, with the quoted text kept for when the text is gone.
 */
public record Evidence(long submissionId, int start, int end, String text, EvidenceKind kind) {
}
