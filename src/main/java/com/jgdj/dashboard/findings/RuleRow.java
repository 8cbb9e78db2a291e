package com.jgdj.dashboard.findings;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A count rule as the rules page lists it; {@code version} guards the edit. */
public record RuleRow(long id, String code, RuleKind kind, String name, String indicator, String units,
                      String otherIndicator, String otherUnits, BigDecimal threshold, boolean enabled,
                      String updatedBy, OffsetDateTime updatedAt, long version) {

    /** What the rule compares, in words. */
    public String subject() {
        String left = (indicator == null ? "各指标" : indicator) + "（" + units.replace("|", "、") + "）";
        return otherIndicator == null ? left : left + " ≤ " + otherIndicator + "（" + otherUnits.replace("|", "、") + "）";
    }

    public RuleForm toForm() {
        return new RuleForm(id, version, enabled, threshold);
    }

    public boolean hasThreshold() {
        return kind == RuleKind.MINIMUM || kind == RuleKind.OUTLIER;
    }
}
