package com.jgdj.dashboard.similarity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;

/** The way other features open the 疑似雷同 pages. */
public final class SimilarityNavigation {

    static final String LIST = "similarity";

    private SimilarityNavigation() {
    }

    public static void toPeriod(long periodId) {
        UI.getCurrent().navigate(LIST, QueryParameters.of("period", Long.toString(periodId)));
    }

    public static void toPair(long pairId) {
        UI.getCurrent().navigate(SimilarityPairView.class, new RouteParameters("id", Long.toString(pairId)));
    }
}
