package com.jgdj.dashboard.unitpage;

import java.math.BigDecimal;

/**
 * A count the unit's report gives for an indicator (the sum of its figures with one measure word, as on the report
 * page), the median of the same count over the city's reports of the period that give it, and the change since the
 * previous period. {@code count} is null for an indicator only the previous report gave.
 */
public record IndicatorCountRow(long indicatorId, String indicator, String unit, BigDecimal count, Double cityMedian,
                                Integer reportingUnits, BigDecimal previousCount, BigDecimal delta) {

    public String label() {
        return indicator + "（" + unit + "）";
    }
}
