package com.jgdj.dashboard.assessment.scheme;

import java.math.BigDecimal;

/** A dimension as edited; {@code id} null for a new one. */
public record DimensionForm(Long id, String name, BigDecimal maxPoints, String description) {
}
