package com.jgdj.dashboard.findings;

import java.util.List;

/**
 * What the findings say about one unit's report of a period: its rule violations, if any its plan delivery, and the
 * stored count minimums the grading hints hold its counts against.
 */
public record ReportFindings(List<RuleViolation> violations, PlanDelivery plans, List<CountMinimum> minimums) {
}
