package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.assessment.grading.Grade;

/**
 * The overview's filters, applied to every card: the period, a unit category, a 上级单位 (only the units below it),
 * and a grade (units graded so in the period; across periods the trend follows that same group of units).
 */
public record DashboardFilter(long periodId, Long categoryId, Long parentUnitId, Grade grade) {

    public DashboardFilter(long periodId, Long categoryId, Grade grade) {
        this(periodId, categoryId, null, grade);
    }
}
