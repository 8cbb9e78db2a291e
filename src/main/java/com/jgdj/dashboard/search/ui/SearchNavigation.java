package com.jgdj.dashboard.search.ui;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.search.SearchFilter;

import java.util.LinkedHashMap;
import java.util.Map;

/** The address of 全文检索 and its parameters (the query and every filter live in the URL). */
public final class SearchNavigation {

    static final String ROUTE = "search";
    static final String QUERY = "q";
    static final String PERIOD = "period";
    static final String UNIT = "unit";
    static final String CATEGORY = "category";
    static final String GRADE = "grade";
    static final String FLAG = "flag";

    private SearchNavigation() {
    }

    /** The location of a search, e.g. {@code search?q=党课&period=3}. */
    public static String location(SearchFilter f) {
        Map<String, String> params = new LinkedHashMap<>();
        if (f.query() != null && !f.query().isBlank()) params.put(QUERY, f.query().strip());
        if (f.periodId() != null) params.put(PERIOD, f.periodId().toString());
        if (f.unitId() != null) params.put(UNIT, f.unitId().toString());
        if (f.categoryId() != null) params.put(CATEGORY, f.categoryId().toString());
        if (f.grade() != null) params.put(GRADE, f.grade().name());
        if (f.flag() != null) params.put(FLAG, f.flag().name());
        return UrlParams.location(ROUTE, params);
    }

    /** Shows the search and its filters in the address bar (replacing the entry: typing is not a step back). */
    static void showFilter(SearchFilter f) {
        UrlParams.replaceState(location(f));
    }
}
