package com.jgdj.dashboard.auditlog.ui;

import com.jgdj.dashboard.base.ui.UrlParams;

import java.util.Map;

/** The audit page's route, and its filters shown in the address bar. */
final class AuditNavigation {

    static final String ROUTE = "audit";

    private AuditNavigation() {
    }

    static void showFilter(Map<String, String> params) {
        UrlParams.replaceState(UrlParams.location(ROUTE, params));
    }
}
