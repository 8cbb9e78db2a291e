package com.jgdj.dashboard.orgunit;

/**
 * The id of an organisational unit. Typed so that a unit and a period cannot be passed in each other's place;
 * entities and SQL keep the plain {@code long}, services convert at their boundary.
 */
public record UnitId(long value) {

    public static UnitId of(long value) {
        return new UnitId(value);
    }

    /** The id, or {@code null} for no id (an optional filter or parameter). */
    public static UnitId orNull(Long value) {
        return value == null ? null : new UnitId(value);
    }

    /** The bare number, as it appears in an address or a log line. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
