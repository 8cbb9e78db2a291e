package com.jgdj.dashboard.ranking;

import java.math.BigDecimal;

/**
 * A range of totals, {@code from} inclusive and {@code below} exclusive, either end open (null): the units behind one
 * bar of the overview's score histogram.
 */
public record ScoreBand(BigDecimal from, BigDecimal below) {

    public static final ScoreBand ALL = new ScoreBand(null, null);

    public boolean isAll() {
        return from == null && below == null;
    }

    /** 60 ≤ 总分 < 65, 总分 < 60, 总分 ≥ 100. */
    public String label() {
        String f = from == null ? null : from.stripTrailingZeros().toPlainString();
        String b = below == null ? null : below.stripTrailingZeros().toPlainString();
        if (f != null && b != null) {
            return f + " ≤ 总分 < " + b;
        }
        return f != null ? "总分 ≥ " + f : b != null ? "总分 < " + b : "全部总分";
    }
}
