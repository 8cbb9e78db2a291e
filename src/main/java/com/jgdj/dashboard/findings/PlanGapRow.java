package com.jgdj.dashboard.findings;

import java.math.BigDecimal;

/**
 * 上期打算未落实: a plan item of the unit's previous report ({@code planSubmissionId}, the item at
 * [{@code itemStart}, {@code itemEnd}) of its text) that no passage of this period's report ({@code submissionId})
 * delivers; {@code score} is the best match found (below the threshold).
 */
public record PlanGapRow(long submissionId, long unitId, String unitName, long planSubmissionId, String itemText,
                         int itemStart, int itemEnd, BigDecimal score) {

    /** The score as a whole percentage, e.g. 20%. */
    public String percent() {
        return score.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
