package com.jgdj.dashboard.search;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.parsing.Flag;

/** What 全文检索 looks for: the words as typed, and optional filters (null = any). */
public record SearchFilter(String query, Long periodId, Long unitId, Long categoryId, Grade grade, Flag.Code flag) {

    public static SearchFilter of(String query) {
        return new SearchFilter(query, null, null, null, null, null);
    }
}
