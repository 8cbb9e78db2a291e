package com.jgdj.dashboard.assessment.scheme;

import com.jgdj.dashboard.assessment.grading.ScoringRules;

/** A scheme as screens show it; {@code locked} once a published result uses it (then only copying is allowed). */
public record SchemeDetails(long id, long version, Integer year, String name, SchemeSettings settings,
                            ScoringRules rules, boolean locked) {
}
