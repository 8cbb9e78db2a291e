package com.jgdj.dashboard.assessment.grading;

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
}
