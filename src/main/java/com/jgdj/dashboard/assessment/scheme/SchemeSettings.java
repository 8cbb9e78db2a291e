package com.jgdj.dashboard.assessment.scheme;

import com.jgdj.dashboard.assessment.grading.QuotaRule;
import com.jgdj.dashboard.assessment.grading.Thresholds;

import java.math.BigDecimal;

/** A scheme's thresholds, 优秀 quota, cap on all bonuses together, and the bottom share that goes to 双约谈. */
public record SchemeSettings(Thresholds thresholds, QuotaRule quota, BigDecimal bonusTotalCap,
                             BigDecimal interviewBottomShare) {

    /** How many of {@code units} ranked results fall in the bottom share that goes to 双约谈 (the quota's rounding). */
    public int interviewPlaces(long units) {
        return quota.rounding().places(interviewBottomShare, units);
    }
}
