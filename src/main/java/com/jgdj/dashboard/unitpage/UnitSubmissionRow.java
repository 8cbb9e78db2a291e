package com.jgdj.dashboard.unitpage;

import com.jgdj.dashboard.submission.SubmissionStatus;

import java.time.OffsetDateTime;

/** One version of one of the unit's reports, for the list of all its submissions. */
public record UnitSubmissionRow(long id, String periodName, int versionNo, boolean latest, String fileName,
                                OffsetDateTime submittedAt, SubmissionStatus status, boolean late, int flagCount) {
}
