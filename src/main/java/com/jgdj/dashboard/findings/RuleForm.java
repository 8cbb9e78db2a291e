package com.jgdj.dashboard.findings;

import java.math.BigDecimal;

/** What an administrator changes on a rule; {@code version} guards against concurrent edits. */
public record RuleForm(long id, Long version, boolean enabled, BigDecimal threshold) {
}
