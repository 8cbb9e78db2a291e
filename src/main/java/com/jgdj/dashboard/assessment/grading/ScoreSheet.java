package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an assessor entered: points per dimension id (missing = not scored yet), bonuses and deductions, an
 * optional veto, and whether the unit was moved out of 优秀 to keep the quota.
 */
public record ScoreSheet(Map<Long, BigDecimal> points, List<Adjustment> adjustments, Long vetoId,
                         boolean quotaDowngraded) {

    public ScoreSheet {
        points = Map.copyOf(points);
        adjustments = List.copyOf(adjustments);
    }

    /** One bonus or deduction of {@code points} under the item {@code itemId}. */
    public record Adjustment(long itemId, BigDecimal points) {
    }
}
