package com.jgdj.dashboard.unitpage;

/** A reporting period in the unit page's selector; {@code hasData} when the unit reported or was graded in it. */
public record UnitPeriodOption(long id, String name, boolean hasData) {
}
