package com.jgdj.dashboard.completeness;

import java.time.OffsetDateTime;

/** One unit's 报送情况 in a period: 按时, 逾期 or 未报送, with whom to call when it is missing. */
public record UnitCompletenessRow(long unitId, String unitName, String categoryName, Long submissionId,
                                  OffsetDateTime submittedAt, Boolean late, String contactName, String contactPhone) {

    public String state() {
        return submissionId == null ? "未报送" : Boolean.TRUE.equals(late) ? "逾期" : "按时";
    }
}
