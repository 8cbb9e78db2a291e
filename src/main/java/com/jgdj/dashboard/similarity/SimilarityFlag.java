package com.jgdj.dashboard.similarity;

import java.math.BigDecimal;

/** A submission's flag: it forms a suspicious pair with {@code otherUnit}'s report ({@code otherPeriod}). */
public record SimilarityFlag(long pairId, String otherUnit, String otherPeriod, boolean previous, BigDecimal score) {

    /** "疑似雷同：与 X单位 相似度 37%" or, against the unit's own earlier report, "疑似照搬上期报告：…". */
    public String label() {
        String percent = score.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        return previous ? "疑似照搬" + otherPeriod + "报告：相似度 " + percent
                : "疑似雷同：与 " + otherUnit + " 相似度 " + percent;
    }
}
