package com.jgdj.dashboard.base.ui.chart;

/** The colours used consistently across charts. */
public final class ChartColors {

    public static final String ON_TIME = "#2e7d32";
    public static final String LATE = "#f9a825";
    public static final String MISSING = "#c62828";
    public static final String NEUTRAL = "#1565c0";

    private ChartColors() {
    }
}
