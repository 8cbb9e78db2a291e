package com.jgdj.dashboard.documents;

/** A unit's 反馈意见 that the signed-in user may download: the unit, the published period and its name. */
public record FeedbackOffer(long unitId, long periodId, String periodName) {
}
