package com.jgdj.dashboard.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Demo reporting periods, counted back in time from the open 2024年度. */
public final class DemoPeriods {

    static final int LATEST_YEAR = 2024;

    private DemoPeriods() {
    }

    /**
     * The {@code count} most recent periods, oldest first: the latest (2024年度) is OPEN, all others CLOSED.
     * Four periods are 2023年上半年, 2023年度, 2024年上半年, 2024年度.
     */
    public static List<DemoPeriod> latest(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        List<DemoPeriod> periods = new ArrayList<>(count);
        for (int back = count - 1; back >= 0; back--) {
            int year = LATEST_YEAR - back / 2;
            boolean annual = back % 2 == 0;
            String status = back == 0 ? "OPEN" : "CLOSED";
            periods.add(annual
                    ? new DemoPeriod(year, DemoPeriod.ANNUAL, LocalDate.of(year + 1, 1, 15), status)
                    : new DemoPeriod(year, DemoPeriod.H1, LocalDate.of(year, 7, 10), status));
        }
        return periods;
    }
}
