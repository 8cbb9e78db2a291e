package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.grading.Grade;

import java.math.BigDecimal;

public record SavedAssessment(long id, long version, BigDecimal total, Grade grade) {
}
