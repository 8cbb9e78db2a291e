package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;

/** Minimum totals of 优秀, 良好 and 一般; anything below {@code fair} is 较差. Totals are compared unrounded. */
public record Thresholds(BigDecimal excellent, BigDecimal good, BigDecimal fair) {

    public static final Thresholds DEFAULT = new Thresholds(new BigDecimal("90"), new BigDecimal("80"),
            new BigDecimal("60"));

    public Grade gradeOf(BigDecimal total) {
        if (total.compareTo(excellent) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(good) >= 0) {
            return Grade.GOOD;
        }
        return total.compareTo(fair) >= 0 ? Grade.FAIR : Grade.POOR;
    }
}
