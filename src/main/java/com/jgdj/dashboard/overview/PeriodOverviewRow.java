package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.period.PeriodKind;
import com.jgdj.dashboard.period.PeriodStatus;

import java.time.LocalDate;

/** Completeness of one reporting period: units expected, reports received, and those received on time. */
public record PeriodOverviewRow(long periodId, int year, PeriodKind kind, LocalDate deadline, PeriodStatus status,
                                long expected, long received, long onTime, long late) {

    public String periodName() {
        return kind.periodName(year);
    }

    public long missing() {
        return Math.max(0, expected - received);
    }
}
