package com.jgdj.dashboard.base.ui;

import com.vaadin.flow.router.QueryParameters;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the filter parameters that views keep in the URL, ignoring values that do not parse. */
public final class UrlParams {

    private UrlParams() {
    }

    public static Optional<Long> longParam(Map<String, List<String>> params, String name) {
        try {
            return Optional.ofNullable(params.get(name)).map(List::getFirst).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<java.math.BigDecimal> decimalParam(Map<String, List<String>> params, String name) {
        try {
            return Optional.ofNullable(params.get(name)).map(List::getFirst).map(java.math.BigDecimal::new);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static <E extends Enum<E>> Optional<E> enumParam(Map<String, List<String>> params, String name,
                                                            Class<E> type) {
        try {
            return Optional.ofNullable(params.get(name)).map(List::getFirst).map(v -> Enum.valueOf(type, v));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code route?a=1&b=2}, or the bare route without parameters. */
    public static String location(String route, Map<String, String> params) {
        String query = QueryParameters.simple(params).getQueryString();
        return query.isEmpty() ? route : route + "?" + query;
    }
}
