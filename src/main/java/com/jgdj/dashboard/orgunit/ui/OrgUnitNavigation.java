package com.jgdj.dashboard.orgunit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** The way other features open a unit. */
public final class OrgUnitNavigation {

    private OrgUnitNavigation() {
    }

    public static void toUnit(long unitId) {
        UI.getCurrent().navigate(OrgUnitDetailsView.class, new RouteParameters("id", Long.toString(unitId)));
    }

    public static String unitPath(long unitId) {
        return "units/" + unitId;
    }

    /** Opens the unit page at a period and, when {@code dimensionId} is given, at that dimension's score and evidence. */
    public static void toUnit(long unitId, Long periodId, Long dimensionId) {
        Map<String, String> params = new LinkedHashMap<>();
        if (periodId != null) {
            params.put("period", periodId.toString());
        }
        if (dimensionId != null) {
            params.put("dimension", dimensionId.toString());
        }
        UI.getCurrent().navigate(unitPath(unitId), QueryParameters.simple(params));
    }
}
