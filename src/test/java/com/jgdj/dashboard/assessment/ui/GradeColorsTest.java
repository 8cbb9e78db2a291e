package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.assessment.grading.Grade;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GradeColorsTest {

    @Test
    void each_grade_has_its_colour_and_no_grade_is_muted() {
        assertEquals("#2e7d32", GradeColors.of(Grade.EXCELLENT));
        assertEquals("#1565c0", GradeColors.of(Grade.GOOD));
        assertEquals("#f9a825", GradeColors.of(Grade.FAIR));
        assertEquals("#c62828", GradeColors.of(Grade.POOR));
        assertEquals("#90a4ae", GradeColors.of(null));
    }
}
