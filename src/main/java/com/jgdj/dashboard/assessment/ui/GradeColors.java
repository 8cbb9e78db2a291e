package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.ui.chart.ChartColors;

/** The one mapping of a grade to its colour (charts, badges): 优秀 green, 良好 blue, 一般 amber, 较差 red. */
public final class GradeColors {

    private GradeColors() {
    }

    /** The grade's colour; {@link ChartColors#MUTED} for no grade (not graded yet). */
    public static String of(Grade grade) {
        if (grade == null) {
            return ChartColors.MUTED;
        }
        return switch (grade) {
            case EXCELLENT -> ChartColors.GRADE_EXCELLENT;
            case GOOD -> ChartColors.GRADE_GOOD;
            case FAIR -> ChartColors.GRADE_FAIR;
            case POOR -> ChartColors.GRADE_POOR;
        };
    }
}
