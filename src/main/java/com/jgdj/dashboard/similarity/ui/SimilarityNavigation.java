package com.jgdj.dashboard.similarity.ui;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.similarity.SimilarityFilter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;

import java.util.List;
import java.util.Map;

/** The way other features open the 疑似雷同 pages; the list keeps its filters in the address. */
public final class SimilarityNavigation {

    static final String LIST = "similarity";

    private SimilarityNavigation() {
    }

    public static void toPeriod(long periodId) {
        UI.getCurrent().navigate(LIST, QueryParameters.of(UrlParams.PERIOD, Long.toString(periodId)));
    }

    public static void toPair(long pairId) {
        UI.getCurrent().navigate(SimilarityPairView.class, new RouteParameters("id", Long.toString(pairId)));
    }

    /** {@code similarity?period=3&category=1&parent=7&grade=GOOD}, the unset filters left out. */
    public static String listOf(SimilarityFilter filter) {
        return UrlParams.location(LIST, params(filter));
    }

    /** A link to the pairs under {@code filter} around {@code content} (the overview's 疑似雷同 figure). */
    public static Anchor anchor(SimilarityFilter filter, Component content) {
        Anchor link = new Anchor();
        link.setHref(listOf(filter));
        link.add(content);
        return link;
    }

    static Map<String, String> params(SimilarityFilter filter) {
        return UrlParams.unitFilter(filter.periodId(), filter.categoryId(), filter.parentUnitId(), filter.grade());
    }

    static SimilarityFilter filter(Map<String, List<String>> params, long periodId) {
        return new SimilarityFilter(periodId, UrlParams.longParam(params, UrlParams.CATEGORY).orElse(null),
                UrlParams.longParam(params, UrlParams.PARENT).orElse(null), UrlParams.gradeName(params));
    }

    static void toList(SimilarityFilter filter) {
        UrlParams.navigate(LIST, params(filter));
    }
}
