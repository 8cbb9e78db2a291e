package com.jgdj.dashboard.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** The way other features open the assessment of a unit in a period. */
public final class AssessmentNavigation {

    private AssessmentNavigation() {
    }

    public static void toAssessment(long periodId, long unitId) {
        UI.getCurrent().navigate(AssessmentEditorView.class,
                new RouteParameters(java.util.Map.of("period", Long.toString(periodId), "unit", Long.toString(unitId))));
    }

    public static String listPath(long periodId) {
        return "assessments?period=" + periodId;
    }
}
