package com.jgdj.dashboard.period;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting period as lists and selectors show it. {@code status} is the administrator's switch; {@code phase}
 * is what the period is at the moment it was read (see {@link PeriodPhase}) and is what pages show.
 */
public record PeriodRow(long id, long version, int year, PeriodKind kind, LocalDate deadline, PeriodStatus status,
                        PeriodPhase phase) {

    public String name() {
        return kind.periodName(year);
    }

    /** 报送中 (units may submit): open and before the end of the deadline day. */
    public boolean open() {
        return phase == PeriodPhase.OPEN;
    }

    static PeriodRow of(ReportingPeriod p, Instant now) {
        return new PeriodRow(p.getId(), p.getVersion(), p.getYear(), p.getKind(), p.getDeadline(), p.getStatus(),
                PeriodPhase.of(p.getStatus(), p.getDeadline(), now));
    }
}
