package com.jgdj.dashboard.ranking.ui;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.period.PeriodId;

import java.util.LinkedHashMap;
import java.util.Map;

/** The addresses of the ranking and 约谈 lists: the one place that knows their routes and parameters. */
public final class RankingNavigation {

    static final String ROUTE = "rankings";
    static final String INTERVIEWS_ROUTE = "interviews";
    /** The 上级单位 filter: only the units below that unit (the overview uses the same parameter). */
    public static final String PARENT = UrlParams.PARENT;
    /** The lowest total shown (inclusive). */
    static final String SCORE_FROM = "scoreFrom";
    /** The total shown units stay below (exclusive). */
    static final String SCORE_BELOW = "scoreBelow";

    private RankingNavigation() {
    }

    /**
     * {@code rankings?period=3&category=1&grade=EXCELLENT&scoreFrom=80&scoreBelow=85}; each {@code null} filter is
     * left out.
     */
    public static String href(PeriodId period, Long categoryId, Grade grade, Integer scoreFrom, Integer scoreBelow) {
        return href(period, categoryId, null, grade, scoreFrom, scoreBelow);
    }

    /** As above, restricted to the units below {@code parentUnitId} when it is set. */
    public static String href(PeriodId period, Long categoryId, Long parentUnitId, Grade grade, Integer scoreFrom,
                              Integer scoreBelow) {
        return UrlParams.location(ROUTE, params(period, categoryId, parentUnitId, grade, scoreFrom, scoreBelow));
    }

    public static void toRanking(PeriodId period, Long categoryId, Long parentUnitId, Grade grade, Integer scoreFrom,
                                 Integer scoreBelow) {
        UrlParams.navigate(ROUTE, params(period, categoryId, parentUnitId, grade, scoreFrom, scoreBelow));
    }

    /** {@code interviews?period=3}. */
    public static String interviewsHref(PeriodId period) {
        return UrlParams.location(INTERVIEWS_ROUTE, Map.of(UrlParams.PERIOD, period.toString()));
    }

    private static Map<String, String> params(PeriodId period, Long categoryId, Long parentUnitId, Grade grade,
                                              Integer scoreFrom, Integer scoreBelow) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(UrlParams.PERIOD, period.toString());
        if (categoryId != null) {
            params.put(UrlParams.CATEGORY, categoryId.toString());
        }
        if (parentUnitId != null) {
            params.put(PARENT, parentUnitId.toString());
        }
        if (grade != null) {
            params.put(UrlParams.GRADE, grade.name());
        }
        if (scoreFrom != null) {
            params.put(SCORE_FROM, scoreFrom.toString());
        }
        if (scoreBelow != null) {
            params.put(SCORE_BELOW, scoreBelow.toString());
        }
        return params;
    }
}
