package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.period.PeriodKind;

import java.time.LocalDate;

/**
 * A reporting period of the demo dataset.
 *
 * @param kind   {@code H1} (上半年) or {@code ANNUAL} (年度), as in {@code reporting_period.kind}
 * @param status {@code OPEN} or {@code CLOSED}
 */
public record DemoPeriod(int year, String kind, LocalDate deadline, String status) {

    public static final String H1 = "H1";
    public static final String ANNUAL = "ANNUAL";

    public boolean annual() {
        return ANNUAL.equals(kind);
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    /** 2023年上半年 or 2023年度. */
    public String label() {
        return PeriodKind.valueOf(kind).periodName(year);
    }
}
