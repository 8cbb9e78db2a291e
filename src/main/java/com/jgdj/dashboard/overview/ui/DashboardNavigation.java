package com.jgdj.dashboard.overview.ui;

import com.jgdj.dashboard.orgunit.ui.OrgUnitNavigation;
import com.jgdj.dashboard.overview.DashboardData;
import com.jgdj.dashboard.overview.DashboardFilter;
import com.jgdj.dashboard.ranking.ui.RankingNavigation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where the overview's charts lead: a unit, a unit at one dimension, a list of units. */
final class DashboardNavigation {

    /** The 上级单位 filter has the same URL parameter on the overview as on the ranking. */
    static final String PARENT = RankingNavigation.PARENT;

    private DashboardNavigation() {
    }


    static void unit(long unitId, long periodId) {
        OrgUnitNavigation.toUnit(unitId, periodId, null);
    }

    static void unitAtDimension(long unitId, long periodId, long dimensionId) {
        OrgUnitNavigation.toUnit(unitId, periodId, dimensionId);
    }

    /** The ranking of the units graded so, with the overview's category and 上级单位. */
    static void rankingWithGrade(DashboardFilter filter, String grade) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", Long.toString(filter.periodId()));
        if (filter.categoryId() != null) {
            params.put("category", filter.categoryId().toString());
        }
        if (filter.parentUnitId() != null) {
            params.put(PARENT, filter.parentUnitId().toString());
        }
        params.put("grade", grade);
        UI.getCurrent().navigate(RankingNavigation.ROUTE, QueryParameters.simple(params));
    }

    /** The ranking of the units in one histogram bin: {@code from} ≤ total < {@code from + 5}, open at the ends. */
    static void rankingInBand(DashboardFilter filter, DashboardData.HistogramBin bin) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", Long.toString(filter.periodId()));
        if (filter.categoryId() != null) {
            params.put("category", filter.categoryId().toString());
        }
        if (filter.parentUnitId() != null) {
            params.put(PARENT, filter.parentUnitId().toString());
        }
        if (filter.grade() != null) {
            params.put("grade", filter.grade().name());
        }
        if (bin.from() > DashboardData.HistogramBin.LOWEST) {
            params.put("scoreFrom", Integer.toString(bin.from()));
        }
        if (bin.from() < DashboardData.HistogramBin.HIGHEST) {
            params.put("scoreBelow", Integer.toString(bin.from() + DashboardData.HistogramBin.WIDTH));
        }
        UI.getCurrent().navigate(RankingNavigation.ROUTE, QueryParameters.simple(params));
    }

    static void completeness(long periodId, long categoryId, String state) {
        UI.getCurrent().navigate("completeness", QueryParameters.simple(Map.of("period", Long.toString(periodId),
                "category", Long.toString(categoryId), "state", state)));
    }
}
