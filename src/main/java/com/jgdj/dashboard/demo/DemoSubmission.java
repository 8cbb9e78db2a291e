package com.jgdj.dashboard.demo;

import java.time.OffsetDateTime;

/** One row of {@code submission} as the demo loader stores it: the uploaded file plus its metadata. */
public record DemoSubmission(long unitId, long periodId, int versionNo, boolean latest, String title,
                             String fullText, String fileName, String fileType, String fileEncoding,
                             byte[] fileBytes, String fileSha256, OffsetDateTime submittedAt, String submittedBy,
                             String status, boolean late, String statusReason) {
}
