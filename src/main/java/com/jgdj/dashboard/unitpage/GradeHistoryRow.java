package com.jgdj.dashboard.unitpage;

import com.jgdj.dashboard.assessment.grading.Grade;

import java.math.BigDecimal;

/** The unit in one graded period; total, grade and rank are null when the unit was not graded in it. */
public record GradeHistoryRow(long periodId, String periodName, BigDecimal total, Grade grade, Integer overallRank,
                              int units) {
}
