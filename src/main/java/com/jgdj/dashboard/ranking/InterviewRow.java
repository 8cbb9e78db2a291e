package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.assessment.grading.Grade;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A unit on a period's 双约谈 list (graded 较差, or ranked in the bottom share) with what was recorded of the talk;
 * {@code interviewId} is null until something is recorded.
 */
public record InterviewRow(long unitId, String unitName, String categoryName, String secretaryName, BigDecimal total,
                           Grade grade, int overallRank, int units, boolean poor, boolean bottom, Long interviewId,
                           Long version, LocalDate heldOn, String note, boolean disqualified) {

    /** 较差 / 排名靠后 / 较差、排名靠后. */
    public String reason() {
        return poor && bottom ? "较差、排名靠后" : poor ? "较差" : "排名靠后";
    }
}
