package com.jgdj.dashboard.ranking.ui;

import com.jgdj.dashboard.base.ui.UrlParams;

import java.util.LinkedHashMap;
import java.util.Map;

/** The way other features open the ranking and name its URL parameters. */
public final class RankingNavigation {

    public static final String ROUTE = "rankings";
    /** The 上级单位 filter: only the units below that unit. */
    public static final String PARENT = "parent";

    private RankingNavigation() {
    }

    /** The ranking of a period restricted to the units below {@code parentUnitId}. */
    public static String below(long periodId, long parentUnitId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", Long.toString(periodId));
        params.put(PARENT, Long.toString(parentUnitId));
        return UrlParams.location(ROUTE, params);
    }
}
