package com.jgdj.dashboard.unitpage;

import java.math.BigDecimal;

/**
 * One dimension of the unit's assessment: its points, and as percentages of the dimension's maximum the unit, the
 * city average and the average of the unit's category; the points of the same dimension (by name) in the previous
 * period and the change.
 */
public record DimensionScoreRow(long dimensionId, String name, BigDecimal maxPoints, BigDecimal points,
                                BigDecimal share, BigDecimal cityShare, BigDecimal categoryShare,
                                BigDecimal previousPoints, BigDecimal delta) {
}
