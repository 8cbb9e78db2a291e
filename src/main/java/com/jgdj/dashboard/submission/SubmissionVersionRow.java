package com.jgdj.dashboard.submission;

import java.time.OffsetDateTime;

/** One version of a unit's report for a period. */
public record SubmissionVersionRow(long id, int versionNo, boolean latest, String fileName, OffsetDateTime submittedAt,
                                   String submittedBy, SubmissionStatus status, String statusReason, boolean late,
                                   int flagCount) {
}
