package com.jgdj.dashboard.completeness;

/** 报送情况 of one category in one period. */
public record CategoryCompletenessRow(long categoryId, String categoryName, long expected, long received, long onTime,
                                     long late, long missing) {
}
