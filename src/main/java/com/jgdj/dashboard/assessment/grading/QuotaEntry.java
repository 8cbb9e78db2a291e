package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;

/** One assessed unit of a period as the quota check sees it; {@code grade} is the grade before the quota. */
public record QuotaEntry(long assessmentId, String unitName, String category, BigDecimal total, Grade grade) {
}
