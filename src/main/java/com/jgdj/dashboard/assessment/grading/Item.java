package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;

/** A bonus or deduction item: {@code points} per occurrence, at most {@code cap} in all for one assessment. */
public record Item(long id, ItemKind kind, String name, BigDecimal points, BigDecimal cap) {
}
