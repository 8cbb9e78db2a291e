package com.jgdj.dashboard.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo reporting periods placed relative to a date (today in China): the period open on that date is the first one
 * whose deadline day is not over (上半年: July 10; 年度: January 15 of the next year); it is OPEN, all earlier ones
 * CLOSED. The same date gives the same periods.
 */
public final class DemoPeriods {

    /** The standard demo starts with 2023年上半年, the period of the five real seed reports. */
    public static final int FIRST_YEAR = DemoSeeds.YEAR;

    private DemoPeriods() {
    }

    /** The period open on {@code today}: the first whose deadline day is not over. */
    public static DemoPeriod current(LocalDate today) {
        int year = today.getYear();
        if (!today.isAfter(annualDeadline(year - 1))) {
            return annual(year - 1, "OPEN");
        }
        if (!today.isAfter(h1Deadline(year))) {
            return h1(year, "OPEN");
        }
        return annual(year, "OPEN");
    }

    /**
     * The standard demo: every period from 2023年上半年 up to the one open on {@code today}, oldest first (eight on
     * 2026-12-01: 2023年上半年 … 2026年度). Only the open one, if {@code today} comes before 2023年上半年's deadline.
     */
    public static List<DemoPeriod> standard(LocalDate today) {
        DemoPeriod current = current(today);
        int count = 2 * (current.year() - FIRST_YEAR) + (current.annual() ? 2 : 1);
        return upTo(today, Math.max(1, count));
    }

    /** The {@code count} periods that end with the one open on {@code today}, oldest first. */
    public static List<DemoPeriod> upTo(LocalDate today, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        DemoPeriod current = current(today);
        // periods numbered two a year: 2·year for 上半年, 2·year + 1 for 年度
        int last = 2 * current.year() + (current.annual() ? 1 : 0);
        List<DemoPeriod> periods = new ArrayList<>(count);
        for (int n = last - count + 1; n <= last; n++) {
            String status = n == last ? "OPEN" : "CLOSED";
            periods.add(n % 2 == 0 ? h1(n / 2, status) : annual(n / 2, status));
        }
        return periods;
    }

    static LocalDate h1Deadline(int year) {
        return LocalDate.of(year, 7, 10);
    }

    static LocalDate annualDeadline(int year) {
        return LocalDate.of(year + 1, 1, 15);
    }

    private static DemoPeriod h1(int year, String status) {
        return new DemoPeriod(year, DemoPeriod.H1, h1Deadline(year), status);
    }

    private static DemoPeriod annual(int year, String status) {
        return new DemoPeriod(year, DemoPeriod.ANNUAL, annualDeadline(year), status);
    }
}
