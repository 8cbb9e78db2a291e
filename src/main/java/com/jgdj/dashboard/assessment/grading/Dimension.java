package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;

/** A scored dimension (考核指标) of a scheme. */
public record Dimension(long id, String name, BigDecimal maxPoints, String description) {
}
