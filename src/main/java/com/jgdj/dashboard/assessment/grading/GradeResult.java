package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;

/**
 * The computed outcome. {@code pointsGrade} follows from the total alone; {@code grade} after veto and quota, and
 * is null while a dimension is still unscored.
 */
public record GradeResult(BigDecimal dimensionTotal, BigDecimal bonus, BigDecimal deduction, BigDecimal total,
                          Grade pointsGrade, Grade grade, boolean complete) {
}
