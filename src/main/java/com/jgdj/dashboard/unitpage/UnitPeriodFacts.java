package com.jgdj.dashboard.unitpage;

import com.jgdj.dashboard.assessment.AssessmentStatus;
import com.jgdj.dashboard.assessment.grading.Grade;

import java.math.BigDecimal;

/**
 * The unit in the selected period and in the period before it: its latest report, grade and ranks (ties share the
 * better rank), and the changes. {@code rankChange} is positive when the unit moved up. Nulls where there is nothing.
 */
public record UnitPeriodFacts(long unitId, String unitName, String categoryName, String secretaryName,
                              Long submissionId, Boolean late, Integer flagCount,
                              BigDecimal total, Grade grade, AssessmentStatus status,
                              Integer overallRank, Integer units, Integer categoryRank, Integer categoryUnits,
                              BigDecimal previousTotal, Grade previousGrade, Integer previousRank,
                              Integer previousFlagCount, BigDecimal totalDelta, Integer rankChange,
                              Integer flagDelta) {
}
