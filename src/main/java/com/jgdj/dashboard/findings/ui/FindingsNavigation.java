package com.jgdj.dashboard.findings.ui;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.findings.FindingsFilter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

import java.util.List;
import java.util.Map;

/**
 * The way other features open the findings of a period: 数字核对提示 and 上期打算未落实, with the overview's filters
 * (category, 上级单位, grade) in the address.
 */
public final class FindingsNavigation {

    static final String FINDINGS_ROUTE = "findings";
    static final String PLAN_GAPS_ROUTE = "findings/plans";

    private FindingsNavigation() {
    }

    public static String findingsOf(long periodId) {
        return findingsOf(FindingsFilter.period(periodId));
    }

    /** {@code findings?period=3&category=1&parent=7&grade=GOOD}, the unset filters left out. */
    public static String findingsOf(FindingsFilter filter) {
        return UrlParams.location(FINDINGS_ROUTE, params(filter));
    }

    public static String planGapsOf(FindingsFilter filter) {
        return UrlParams.location(PLAN_GAPS_ROUTE, params(filter));
    }

    /** A link to the period's findings around {@code content}. */
    public static Anchor anchor(long periodId, Component content) {
        return link(findingsOf(periodId), content);
    }

    /** A link to the rule violations under {@code filter} around {@code content} (the overview's figure). */
    public static Anchor findingsAnchor(FindingsFilter filter, Component content) {
        return link(findingsOf(filter), content);
    }

    /** A link to the uncovered plan items under {@code filter} around {@code content}. */
    public static Anchor planGapsAnchor(FindingsFilter filter, Component content) {
        return link(planGapsOf(filter), content);
    }

    private static Anchor link(String href, Component content) {
        Anchor link = new Anchor();
        link.setHref(href);
        link.add(content);
        return link;
    }

    static Map<String, String> params(FindingsFilter filter) {
        return UrlParams.unitFilter(filter.periodId(), filter.categoryId(), filter.parentUnitId(), filter.grade());
    }

    /** The filters in {@code params} for the period chosen by the page; a grade that is not a constant name is dropped. */
    static FindingsFilter filter(Map<String, List<String>> params, long periodId) {
        return new FindingsFilter(periodId, UrlParams.longParam(params, UrlParams.CATEGORY).orElse(null),
                UrlParams.longParam(params, UrlParams.PARENT).orElse(null), UrlParams.gradeName(params));
    }

    /** The same list for another period, keeping the other filters. */
    static void toFindings(String route, FindingsFilter filter) {
        UrlParams.navigate(route, params(filter));
    }
}
