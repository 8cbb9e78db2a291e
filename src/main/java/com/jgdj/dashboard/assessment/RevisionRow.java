package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.grading.Grade;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record RevisionRow(long id, OffsetDateTime revisedAt, String revisedBy, String reason, BigDecimal totalBefore,
                          Grade gradeBefore, BigDecimal totalAfter, Grade gradeAfter, String changes) {
}
