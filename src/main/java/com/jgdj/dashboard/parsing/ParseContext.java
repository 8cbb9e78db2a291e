package com.jgdj.dashboard.parsing;

import java.util.Objects;
import java.util.Optional;

/** What the parser needs besides the text: the indicator dictionary and, when known, the period. */
public record ParseContext(IndicatorDictionary dictionary, Optional<ReportPeriod> period) {

    public ParseContext {
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(period, "period");
    }

    public static ParseContext of(IndicatorDictionary dictionary) {
        return new ParseContext(dictionary, Optional.empty());
    }

    public static ParseContext of(IndicatorDictionary dictionary, ReportPeriod period) {
        return new ParseContext(dictionary, Optional.of(period));
    }
}
