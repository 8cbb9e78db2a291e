package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.assessment.AdjustmentLine;
import com.jgdj.dashboard.assessment.grading.GradeResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A demo assessment as planned: what an assessor would have entered, and its computed result. */
record PlannedAssessment(DemoReportRef report, Map<Long, BigDecimal> points, List<AdjustmentLine> adjustments,
                         Long vetoId, BigDecimal selfScore, String comment, boolean quotaDowngraded,
                         GradeResult result) {
}
