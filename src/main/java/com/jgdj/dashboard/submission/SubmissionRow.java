package com.jgdj.dashboard.submission;

import com.jgdj.dashboard.period.PeriodKind;

import java.time.OffsetDateTime;

/** One line of 报送材料. */
public record SubmissionRow(long id, long unitId, String unitName, int periodYear, PeriodKind periodKind,
                            int versionNo, String title, String fileName, int fileSize,
                            OffsetDateTime submittedAt, SubmissionStatus status, boolean late, int flagCount) {

    public String periodName() {
        return periodKind.periodName(periodYear);
    }
}
