package com.jgdj.dashboard.unitpage;

import java.math.BigDecimal;

/**
 * A bonus or deduction of the unit's assessment for the period, with the place in a report the assessor quoted as
 * its evidence (null when none was attached). {@code kind} is BONUS or DEDUCTION.
 */
public record AdjustmentEvidenceRow(int position, String kind, String itemName, BigDecimal points, String reason,
                                    Long evidenceSubmissionId, Integer evidenceStart, String evidenceText) {

    public String label() {
        return ("BONUS".equals(kind) ? "加分" : "扣分") + " " + points.stripTrailingZeros().toPlainString() + "：" + itemName
               + "（" + reason + "）";
    }
}
