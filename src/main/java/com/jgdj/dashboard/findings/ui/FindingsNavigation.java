package com.jgdj.dashboard.findings.ui;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

import java.util.Map;

/** The way other features open the findings of a period. */
public final class FindingsNavigation {

    static final String FINDINGS_ROUTE = "findings";

    private FindingsNavigation() {
    }

    public static String findingsOf(long periodId) {
        return UrlParams.location(FINDINGS_ROUTE, Map.of(UrlParams.PERIOD, Long.toString(periodId)));
    }

    /** A link to the period's findings around {@code content} (the overview's 数字核对提示 figure). */
    public static Anchor anchor(long periodId, Component content) {
        Anchor link = new Anchor();
        link.setHref(findingsOf(periodId));
        link.add(content);
        return link;
    }

    static void toFindings(long periodId) {
        UrlParams.navigate(FINDINGS_ROUTE, Map.of(UrlParams.PERIOD, Long.toString(periodId)));
    }
}
