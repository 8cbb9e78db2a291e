package com.jgdj.dashboard.submission.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** The way other features open a submitted report. */
public final class SubmissionNavigation {

    private SubmissionNavigation() {
    }

    public static void toSubmission(long submissionId) {
        UI.getCurrent().navigate(SubmissionDetailsView.class,
                new RouteParameters("id", Long.toString(submissionId)));
    }

    /** Opens the report with its text scrolled to {@code offset} (a sentence, a count or a flag). */
    public static void toSubmissionAt(long submissionId, int offset) {
        UI.getCurrent().navigate("submissions/" + submissionId,
                com.vaadin.flow.router.QueryParameters.of("at", Integer.toString(offset)));
    }
}
