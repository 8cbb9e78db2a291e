package com.jgdj.dashboard.assessment;

import java.math.BigDecimal;

/** Points as the committee writes them: 88.5, 90 (no trailing zeros). */
public final class Points {

    private Points() {
    }

    public static String format(BigDecimal points) {
        return points == null ? "—" : points.stripTrailingZeros().toPlainString();
    }
}
