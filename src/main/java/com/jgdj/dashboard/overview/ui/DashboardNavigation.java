package com.jgdj.dashboard.overview.ui;

import com.jgdj.dashboard.orgunit.ui.OrgUnitNavigation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where the overview's charts lead: a unit, a unit at one dimension, a list of units. */
final class DashboardNavigation {

    private DashboardNavigation() {
    }

    static void unit(long unitId, long periodId) {
        OrgUnitNavigation.toUnit(unitId, periodId, null);
    }

    static void unitAtDimension(long unitId, long periodId, long dimensionId) {
        OrgUnitNavigation.toUnit(unitId, periodId, dimensionId);
    }

    static void rankingWithGrade(long periodId, Long categoryId, String grade) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", Long.toString(periodId));
        if (categoryId != null) {
            params.put("category", categoryId.toString());
        }
        params.put("grade", grade);
        UI.getCurrent().navigate("rankings", QueryParameters.simple(params));
    }

    static void completeness(long periodId, long categoryId, String state) {
        UI.getCurrent().navigate("completeness", QueryParameters.simple(Map.of("period", Long.toString(periodId),
                "category", Long.toString(categoryId), "state", state)));
    }
}
