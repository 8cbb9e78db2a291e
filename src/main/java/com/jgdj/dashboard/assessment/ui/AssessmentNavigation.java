package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.period.PeriodId;
import com.vaadin.flow.component.html.Anchor;

import java.util.Map;

/** The addresses of the assessment pages: the one place that knows their routes and parameters. */
public final class AssessmentNavigation {

    static final String LIST_ROUTE = "assessments";
    static final String EDITOR_ROUTE = "assessments/:period([0-9]{1,18})/:unit([0-9]{1,18})";

    private AssessmentNavigation() {
    }

    /** {@code assessments/3/5}: the grading sheet of a unit in a period. */
    public static String href(PeriodId period, UnitId unit) {
        return LIST_ROUTE + "/" + period.value() + "/" + unit.value();
    }

    public static void toAssessment(PeriodId period, UnitId unit) {
        UrlParams.navigate(href(period, unit), Map.of());
    }

    /** {@code assessments?period=3}. */
    public static String listHref(PeriodId period) {
        return UrlParams.location(LIST_ROUTE, Map.of(UrlParams.PERIOD, period.toString()));
    }

    public static Anchor listAnchor(PeriodId period, String text) {
        return UrlParams.anchor(listHref(period), text);
    }
}
