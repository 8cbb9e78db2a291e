package com.jgdj.dashboard.period;

import com.jgdj.dashboard.base.Formats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one rule for deadlines: a deadline is a calendar day in China, so a period's deadline is past from the start
 * of the next day, China Standard Time, whatever zone the server runs in.
 */
public final class Deadlines {

    /** China time, as everywhere ({@link Formats#ZONE}). */
    public static final ZoneId ZONE = Formats.ZONE;

    private Deadlines() {
    }

    /** The first moment after the deadline day (the next day, 00:00 China time). */
    public static Instant end(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Whether {@code at} is after the end of the deadline day; a report arriving then is late. */
    public static boolean passed(LocalDate deadline, Instant at) {
        return !at.isBefore(end(deadline));
    }

    /** Today's date in China by this clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
