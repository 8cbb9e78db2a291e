package com.jgdj.dashboard.ranking;

import java.time.LocalDate;

/** What was recorded of a 双约谈; {@code version} is null for the first record of the unit and period. */
public record InterviewForm(long unitId, long periodId, Long version, LocalDate heldOn, String note,
                            boolean disqualified) {
}
