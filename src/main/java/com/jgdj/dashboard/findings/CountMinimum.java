package com.jgdj.dashboard.findings;

import java.math.BigDecimal;

/**
 * A stored 不少于 rule on an activity count, as the grading hints apply it: the indicator and its half-year minimum
 * ({@code null} while an administrator has switched the rule off). The count rules are the one home of these minimums.
 */
public record CountMinimum(String indicator, BigDecimal halfYear) {

    /**
     * An annual report is held to this many times the half-year minimum (the database's rules read it from
     * {@code count_rule_annual_factor()}; a test keeps them equal).
     */
    public static final int ANNUAL_FACTOR = 2;

    /** The minimum for a report of that period kind, or {@code null} when the rule is off. */
    public BigDecimal forReport(boolean annual) {
        return halfYear == null ? null : annual ? halfYear.multiply(BigDecimal.valueOf(ANNUAL_FACTOR)) : halfYear;
    }
}
