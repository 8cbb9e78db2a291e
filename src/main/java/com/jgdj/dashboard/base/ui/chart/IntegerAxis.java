package com.jgdj.dashboard.base.ui.chart;

import tools.jackson.databind.node.ObjectNode;

/**
 * A value axis of whole numbers (counts of units, ranks): a fixed range split into whole steps and no decimals, so
 * ApexCharts neither draws fractional counts nor repeats a rounded label.
 */
final class IntegerAxis {

    /** At most this many intervals between ticks. */
    static final int MAX_INTERVALS = 5;

    private IntegerAxis() {
    }

    /** The axis from {@code min} (whole) to the smallest multiple of a whole step that reaches {@code max}. */
    static void apply(ObjectNode axis, long min, double max) {
        apply(axis, min, max, 1);
    }

    /** As {@link #apply(ObjectNode, long, double)}, spanning at least {@code minSpan}. */
    static void apply(ObjectNode axis, long min, double max, long minSpan) {
        long span = Math.max(minSpan, (long) Math.ceil(max) - min);
        long step = (span + MAX_INTERVALS - 1) / MAX_INTERVALS;
        long intervals = (span + step - 1) / step;
        axis.put("min", min);
        axis.put("max", min + intervals * step);
        axis.put("tickAmount", intervals);
        axis.put("forceNiceScale", false);
        axis.put("decimalsInFloat", 0);
    }
}
