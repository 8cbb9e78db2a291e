package com.jgdj.dashboard.findings;

/** What a count rule checks; the stored code is the enum name. */
public enum RuleKind {
    /** The indicator's count is at least the threshold in a half year (twice it in an annual report). */
    MINIMUM("下限"),
    /** The indicator's count is not above the other indicator's count in the same report. */
    NOT_ABOVE("不多于"),
    /** A count in the half-year report is not above the same unit's count in that year's annual report. */
    HALF_NOT_ABOVE_ANNUAL("上半年≤全年"),
    /** A count lies within median ± threshold·MAD of the period's reports stating that indicator. */
    OUTLIER("离群");

    private final String label;

    RuleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
