package com.jgdj.dashboard.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Points as the committee writes them: 88.5, 90 (no trailing zeros). */
public final class Points {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Points() {
    }

    public static String format(BigDecimal points) {
        return points == null ? "—" : points.stripTrailingZeros().toPlainString();
    }

    static String time(OffsetDateTime at) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(ZoneId.systemDefault()));
    }
}
