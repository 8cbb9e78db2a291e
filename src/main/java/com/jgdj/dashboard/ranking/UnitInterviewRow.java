package com.jgdj.dashboard.ranking;

import java.time.LocalDate;

/** A unit's 双约谈 record in one period, as its unit page shows it. */
public record UnitInterviewRow(long periodId, String periodName, LocalDate heldOn, String note, boolean disqualified) {
}
