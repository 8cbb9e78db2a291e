package com.jgdj.dashboard.unitpage;

import com.jgdj.dashboard.submission.SubmissionReport;

import java.util.List;

/**
 * Everything the unit page shows for one period, read in one round of queries. {@code period} is null when no
 * reporting period exists; {@code report} is null when the unit has no report for it; {@code dimension} is the
 * focused dimension's row (null when none is asked for or the unit was not scored on it).
 */
public record UnitProfile(List<UnitPeriodOption> periods, UnitPeriodOption period, UnitPeriodOption previousPeriod,
                          UnitPeriodFacts facts, UnitInterviewStatus interview, List<GradeHistoryRow> history,
                          List<DimensionScoreRow> dimensions, List<IndicatorCountRow> indicators,
                          SubmissionReport report, DimensionScoreRow dimension, List<DimensionEvidenceRow> evidence,
                          List<AdjustmentEvidenceRow> adjustments) {
}
