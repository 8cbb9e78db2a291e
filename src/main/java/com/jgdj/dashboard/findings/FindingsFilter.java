package com.jgdj.dashboard.findings;

/**
 * The filters of the findings lists and of their figures on the overview: the period, a unit category, a 上级单位
 * (the units below it) and a grade ({@code Grade} constant name: the units graded so in the period); null does not
 * filter.
 */
public record FindingsFilter(long periodId, Long categoryId, Long parentUnitId, String grade) {

    public static FindingsFilter period(long periodId) {
        return new FindingsFilter(periodId, null, null, null);
    }
}
