package com.jgdj.dashboard.demo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How much demo data to load: units × periods. */
public record DemoScale(int units, int periods) {

    public static final DemoScale STANDARD = new DemoScale(DemoUnits.CATALOGUE_SIZE, 4);

    private static final Pattern UNITS_X_PERIODS = Pattern.compile("(\\d+)\\s*[x×*]\\s*(\\d+)");

    public DemoScale {
        if (units < 1 || periods < 1) {
            throw new IllegalArgumentException("units and periods must be positive: " + units + "x" + periods);
        }
    }

    public static DemoScale of(int units, int periods) {
        return new DemoScale(units, periods);
    }

    /** Parses {@code dashboard.demo.scale}: "standard" or "UNITSxPERIODS", e.g. "5000x20". */
    public static DemoScale parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("standard")) {
            return STANDARD;
        }
        Matcher m = UNITS_X_PERIODS.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "dashboard.demo.scale must be 'standard' or UNITSxPERIODS (e.g. 5000x20), was: " + text);
        }
        return new DemoScale(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public long cells() {
        return (long) units * periods;
    }

    @Override
    public String toString() {
        return units + "x" + periods;
    }
}
