package com.jgdj.dashboard.submission;

import com.jgdj.dashboard.period.PeriodKind;

import java.time.OffsetDateTime;

/** A submitted report with its metadata and full text. */
public record SubmissionDetails(long id, long unitId, String unitName, long periodId, int periodYear,
                                PeriodKind periodKind, int versionNo, boolean latest, String title,
                                String fullText, String fileName, String fileType, String fileEncoding,
                                int fileSize, String fileSha256, OffsetDateTime submittedAt, String submittedBy,
                                SubmissionStatus status, boolean late, String statusReason, long version,
                                String reportForm, java.math.BigDecimal problemShare, int flagCount) {

    public String periodName() {
        return periodKind.periodName(periodYear);
    }
}
