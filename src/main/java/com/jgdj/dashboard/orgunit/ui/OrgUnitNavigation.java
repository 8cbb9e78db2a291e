package com.jgdj.dashboard.orgunit.ui;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.period.PeriodId;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/** The addresses of the unit pages: the one place that knows their routes and parameters. */
public final class OrgUnitNavigation {

    static final String LIST_ROUTE = "units";
    static final String DETAILS_ROUTE = "units/:id([0-9]{1,18})";
    /** The unit page opened at one dimension's score and evidence. */
    public static final String DIMENSION = "dimension";

    private OrgUnitNavigation() {
    }

    /** {@code units/5}. */
    public static String href(UnitId unit) {
        return route(unit);
    }

    /** {@code units/5?period=3&dimension=2}; a {@code null} period or dimension is left out. */
    public static String href(UnitId unit, PeriodId period, Long dimensionId) {
        return UrlParams.location(route(unit), params(period, dimensionId));
    }

    public static Anchor anchor(UnitId unit, String text) {
        return UrlParams.anchor(href(unit), text);
    }

    public static void toUnit(UnitId unit) {
        UrlParams.navigate(route(unit), Map.of());
    }

    /** Opens the unit page at a period and, when {@code dimensionId} is given, at that dimension's score and evidence. */
    public static void toUnit(UnitId unit, PeriodId period, Long dimensionId) {
        UrlParams.navigate(route(unit), params(period, dimensionId));
    }

    /** Sends a page being entered to the unit page instead (a reporter's home). */
    public static void forwardToUnit(BeforeEnterEvent event, UnitId unit) {
        UrlParams.forward(event, route(unit), Map.of());
    }

    /** Shows the unit page's period in the address bar, without a new history step. */
    static void showPeriod(UnitId unit, PeriodId period) {
        UrlParams.replaceState(href(unit, period, null));
    }

    private static String route(UnitId unit) {
        return LIST_ROUTE + "/" + unit.value();
    }

    private static Map<String, String> params(PeriodId period, Long dimensionId) {
        Map<String, String> params = new LinkedHashMap<>();
        if (period != null) {
            params.put(UrlParams.PERIOD, period.toString());
        }
        if (dimensionId != null) {
            params.put(DIMENSION, dimensionId.toString());
        }
        return params;
    }
}
