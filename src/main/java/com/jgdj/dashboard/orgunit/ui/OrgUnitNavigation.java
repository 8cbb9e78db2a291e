package com.jgdj.dashboard.orgunit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

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
}
