package com.jgdj.dashboard.completeness.ui;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.completeness.CompletenessFilter;
import com.jgdj.dashboard.period.PeriodId;

import java.util.LinkedHashMap;
import java.util.Map;

/** The address of the completeness page: the one place that knows its route and parameters. */
public final class CompletenessNavigation {

    static final String ROUTE = "completeness";
    /** The reporting state filter (the {@code CompletenessFilter.State} constant's name). */
    static final String STATE = "state";

    private CompletenessNavigation() {
    }

    /** {@code completeness?period=3&category=1&state=MISSING}; a {@code null} category or state is left out. */
    public static String href(PeriodId period, Long categoryId, CompletenessFilter.State state) {
        return UrlParams.location(ROUTE, params(period, categoryId, state));
    }

    public static void toCompleteness(PeriodId period, Long categoryId, CompletenessFilter.State state) {
        UrlParams.navigate(ROUTE, params(period, categoryId, state));
    }

    /** Shows the page's filters in the address bar, without a new history step; no period, the bare route. */
    static void showFilter(CompletenessFilter filter) {
        UrlParams.replaceState(filter == null ? ROUTE
                : href(PeriodId.of(filter.periodId()), filter.categoryId(), filter.state()));
    }

    private static Map<String, String> params(PeriodId period, Long categoryId, CompletenessFilter.State state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(UrlParams.PERIOD, period.toString());
        if (categoryId != null) {
            params.put(UrlParams.CATEGORY, categoryId.toString());
        }
        if (state != null) {
            params.put(STATE, state.name());
        }
        return params;
    }
}
