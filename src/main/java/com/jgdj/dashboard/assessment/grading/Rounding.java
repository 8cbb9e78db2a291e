package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a quota share of a unit count becomes a whole number of units. */
public enum Rounding {
    HALF_UP("四舍五入", RoundingMode.HALF_UP),
    DOWN("去尾", RoundingMode.DOWN),
    UP("进一", RoundingMode.UP);

    private final String label;
    private final RoundingMode mode;

    Rounding(String label, RoundingMode mode) {
        this.label = label;
        this.mode = mode;
    }

    public String label() {
        return label;
    }

    public RoundingMode mode() {
        return mode;
    }

    /**
     * The whole number of places a share of {@code units} gives: the one definition of the 优秀 quota's and the
     * 双约谈 bottom share's arithmetic (SQL read models get these numbers from here, never recompute them).
     */
    public int places(BigDecimal share, long units) {
        return share.multiply(BigDecimal.valueOf(units)).setScale(0, mode).intValueExact();
    }
}
