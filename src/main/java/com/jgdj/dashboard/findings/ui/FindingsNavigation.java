package com.jgdj.dashboard.findings.ui;

import com.jgdj.dashboard.base.ui.UrlParams;

import java.util.Map;

/** The way other features open the findings of a period. */
public final class FindingsNavigation {

    private FindingsNavigation() {
    }

    public static String findingsOf(long periodId) {
        return UrlParams.location("findings", Map.of("period", Long.toString(periodId)));
    }
}
