package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.submission.ReportAnalysis;

/** A stored demo report the assessment planner scores: the latest version of a unit's report in a period. */
record DemoReportRef(long submissionId, long unitId, String unitName, String categoryName,
                     ReportAnalysis analysis, boolean late) {
}
