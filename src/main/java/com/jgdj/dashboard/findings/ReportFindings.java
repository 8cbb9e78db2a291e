package com.jgdj.dashboard.findings;

import java.util.List;

/** What the findings say about one unit's report of a period: its rule violations and, if any, its plan delivery. */
public record ReportFindings(List<RuleViolation> violations, PlanDelivery plans) {
}
