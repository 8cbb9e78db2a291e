package com.jgdj.dashboard.period;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a period is at a given moment, as every page shows it: derived from the administrator's switch
 * ({@link PeriodStatus}) and the deadline, so a period whose deadline is past never says 报送中.
 */
public enum PeriodPhase {
    /** Open and before the end of the deadline day: units submit. */
    OPEN("报送中"),
    /** Open, but the deadline day is over: only a unit granted a 补报 exception may still submit. */
    PAST_DEADLINE("已截止"),
    /** Closed by an administrator. */
    CLOSED("已关闭");

    private final String label;

    PeriodPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static PeriodPhase of(PeriodStatus status, LocalDate deadline, Instant now) {
        if (status == PeriodStatus.CLOSED) {
            return CLOSED;
        }
        return Deadlines.passed(deadline, now) ? PAST_DEADLINE : OPEN;
    }
}
