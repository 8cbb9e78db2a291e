package com.jgdj.dashboard.period;

import java.time.LocalDate;

/** A reporting period as lists and selectors show it. */
public record PeriodRow(long id, long version, int year, PeriodKind kind, LocalDate deadline, PeriodStatus status) {

    public String name() {
        return kind.periodName(year);
    }

    static PeriodRow of(ReportingPeriod p) {
        return new PeriodRow(p.getId(), p.getVersion(), p.getYear(), p.getKind(), p.getDeadline(), p.getStatus());
    }
}
