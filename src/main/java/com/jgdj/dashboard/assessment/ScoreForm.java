package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An assessor's entries for one unit and period: points per dimension id, bonuses and deductions, a veto, the
 * unit's self-assessment and a comment. {@code id}/{@code version} are null for a first save.
 */
public record ScoreForm(Long id, Long version, UnitId unit, PeriodId period, Map<Long, BigDecimal> points,
                        List<AdjustmentLine> adjustments, Long vetoId, BigDecimal selfScore, String comment) {

    public ScoreForm {
        points = Map.copyOf(points);
        adjustments = List.copyOf(adjustments);
    }
}
