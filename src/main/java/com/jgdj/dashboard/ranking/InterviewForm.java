package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import java.time.LocalDate;

/** What was recorded of a 双约谈; {@code version} is null for the first record of the unit and period. */
public record InterviewForm(UnitId unit, PeriodId period, Long version, LocalDate heldOn, String note,
                            boolean disqualified) {
}
