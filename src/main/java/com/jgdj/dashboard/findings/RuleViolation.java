package com.jgdj.dashboard.findings;

import java.math.BigDecimal;

/**
 * A count in a report that breaks a rule, with its evidence: the count's sentence {@code text} at
 * [{@code startOffset}, {@code endOffset}) of the report. {@code reference} is what it was held against (the minimum,
 * the other indicator's count, the half-year count, the city median); {@code spread} the MAD for an outlier.
 */
public record RuleViolation(long ruleId, String ruleName, RuleKind kind, long submissionId, long unitId,
                            String unitName, String indicator, BigDecimal value, String unit, BigDecimal reference,
                            String otherIndicator, String otherUnit, BigDecimal spread, String text, int startOffset,
                            int endOffset) {

    /** The finding in one Chinese sentence, e.g. 中心组学习3次，少于应有的6次. */
    public String message() {
        String stated = indicator + plain(value) + unit;
        return switch (kind) {
            case MINIMUM -> stated + "，少于应有的" + plain(reference) + unit;
            case NOT_ABOVE -> stated + "，多于" + otherIndicator + plain(reference) + otherUnit;
            case HALF_NOT_ABOVE_ANNUAL -> "全年" + stated + "，少于上半年报告的" + plain(reference) + unit;
            case OUTLIER -> stated + "，远离全市同期中位数" + plain(reference) + unit + "（MAD " + plain(spread) + "）";
        };
    }

    static String plain(BigDecimal n) {
        return n == null ? "" : n.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
