package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.submission.SubmissionStatus;
import com.vaadin.flow.component.html.Anchor;

import java.util.LinkedHashMap;
import java.util.Map;

/** The addresses of the report pages (list, one report, upload): the one place that knows their routes and parameters. */
public final class SubmissionNavigation {

    static final String LIST_ROUTE = "submissions";
    static final String DETAILS_ROUTE = "submissions/:id([0-9]{1,18})";
    static final String UPLOAD_ROUTE = "upload";
    /** The offset in the report's text to scroll to. */
    static final String AT = "at";
    /** The status filter of the list. */
    static final String STATUS = "status";

    private SubmissionNavigation() {
    }

    /** {@code submissions/7}. */
    public static String href(long submissionId) {
        return LIST_ROUTE + "/" + submissionId;
    }

    public static Anchor anchor(long submissionId, String text) {
        return UrlParams.anchor(href(submissionId), text);
    }

    public static void toSubmission(long submissionId) {
        UrlParams.navigate(href(submissionId), Map.of());
    }

    /** Opens the report with its text scrolled to {@code offset} (a sentence, a count or a flag). */
    public static void toSubmissionAt(long submissionId, int offset) {
        UrlParams.navigate(href(submissionId), Map.of(AT, Integer.toString(offset)));
    }

    /** {@code submissions?period=3&unit=5&status=…}; {@code null} filters are left out. */
    public static String listHref(PeriodId period, UnitId unit, SubmissionStatus status) {
        Map<String, String> params = new LinkedHashMap<>();
        if (period != null) {
            params.put(UrlParams.PERIOD, period.toString());
        }
        if (unit != null) {
            params.put(UrlParams.UNIT, unit.toString());
        }
        if (status != null) {
            params.put(STATUS, status.name());
        }
        return UrlParams.location(LIST_ROUTE, params);
    }

    /** A link to the list of one unit's reports. */
    public static Anchor listAnchor(UnitId unit, String text) {
        return UrlParams.anchor(listHref(null, unit, null), text);
    }

    /** Shows the list's filters in the address bar, without a new history step. */
    static void showList(PeriodId period, UnitId unit, SubmissionStatus status) {
        UrlParams.replaceState(listHref(period, unit, status));
    }

    /** {@code upload?period=3}. */
    public static String uploadHref(PeriodId period) {
        return UrlParams.location(UPLOAD_ROUTE, Map.of(UrlParams.PERIOD, period.toString()));
    }

    /** Opens the upload page for {@code period}. */
    public static void toUpload(PeriodId period) {
        UrlParams.navigate(UPLOAD_ROUTE, Map.of(UrlParams.PERIOD, period.toString()));
    }
}
