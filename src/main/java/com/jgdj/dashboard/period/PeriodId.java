package com.jgdj.dashboard.period;

/**
 * The id of a reporting period. Typed so that a period and a unit cannot be passed in each other's place;
 * entities and SQL keep the plain {@code long}, services convert at their boundary.
 */
public record PeriodId(long value) {

    public static PeriodId of(long value) {
        return new PeriodId(value);
    }

    /** The id, or {@code null} for no id (an optional filter or parameter). */
    public static PeriodId orNull(Long value) {
        return value == null ? null : new PeriodId(value);
    }

    /** The bare number, as it appears in an address or a log line. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
