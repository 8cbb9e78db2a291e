package com.jgdj.dashboard.base.ui.chart;

/** The colours used consistently across charts. */
public final class ChartColors {

    public static final String ON_TIME = "#2e7d32";
    public static final String LATE = "#f9a825";
    public static final String MISSING = "#c62828";
    public static final String NEUTRAL = "#1565c0";
    public static final String SECONDARY = "#6a1b9a";
    public static final String MUTED = "#90a4ae";

    /** 优秀 / 良好 / 一般 / 较差, the same everywhere. */
    public static final String GRADE_EXCELLENT = "#2e7d32";
    public static final String GRADE_GOOD = "#1565c0";
    public static final String GRADE_FAIR = "#f9a825";
    public static final String GRADE_POOR = "#c62828";

    private ChartColors() {
    }
}
