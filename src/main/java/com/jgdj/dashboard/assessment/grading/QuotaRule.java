package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;

/** At most {@code share} of the units (of a period, or of each category) may be 优秀, rounded as given. */
public record QuotaRule(BigDecimal share, Rounding rounding, boolean perCategory) {

    public int allowed(int units) {
        return rounding.places(share, units);
    }
}
