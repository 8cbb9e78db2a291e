package com.jgdj.dashboard.assessment.scheme;

import com.jgdj.dashboard.assessment.grading.ItemKind;

import java.math.BigDecimal;

/** A bonus or deduction item as edited; {@code id} null for a new one. */
public record ItemForm(Long id, ItemKind kind, String name, BigDecimal points, BigDecimal cap) {
}
