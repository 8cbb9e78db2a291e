package com.jgdj.dashboard.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much demo data to load: units × periods. The periods end with the one open today; {@code periods == 0} (the
 * standard demo) means every period from 2023年上半年, the period of the real seed reports, up to the open one.
 */
public record DemoScale(int units, int periods) {

    /** Periods counted from 2023年上半年 up to the open one. */
    public static final int SINCE_SEEDS = 0;
    public static final DemoScale STANDARD = new DemoScale(DemoUnits.CATALOGUE_SIZE, SINCE_SEEDS);

    private static final Pattern UNITS_X_PERIODS = Pattern.compile("(\\d+)\\s*[x×*]\\s*(\\d+)");

    public DemoScale {
        if (units < 1 || periods < 0) {
            throw new IllegalArgumentException("units must be positive and periods not negative: " + units + "x" + periods);
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
        DemoScale scale = new DemoScale(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if (scale.periods == SINCE_SEEDS) {
            throw new IllegalArgumentException("dashboard.demo.scale needs at least one period, was: " + text);
        }
        return scale;
    }

    /** The periods of this scale on {@code today} (China date), oldest first, the last one open. */
    public List<DemoPeriod> periodsOn(LocalDate today) {
        return periods == SINCE_SEEDS ? DemoPeriods.standard(today) : DemoPeriods.upTo(today, periods);
    }

    @Override
    public String toString() {
        return periods == SINCE_SEEDS ? units + "x(2023H1..)" : units + "x" + periods;
    }
}
