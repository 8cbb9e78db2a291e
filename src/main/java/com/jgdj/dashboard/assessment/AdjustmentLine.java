package com.jgdj.dashboard.assessment;

import java.math.BigDecimal;

/** A bonus or deduction as entered: the item, its points, the reason, and optionally the evidence. */
public record AdjustmentLine(long itemId, BigDecimal points, String reason, Evidence evidence) {
}
