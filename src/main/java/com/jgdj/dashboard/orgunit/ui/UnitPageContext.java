package com.jgdj.dashboard.orgunit.ui;

/**
 * What the unit page is showing: the unit, and from the query parameters {@code period} and {@code dimension} the
 * selected reporting period (null: the section picks the unit's latest) and an assessment dimension to focus on.
 */
public record UnitPageContext(long unitId, Long periodId, Long dimensionId) {
}
