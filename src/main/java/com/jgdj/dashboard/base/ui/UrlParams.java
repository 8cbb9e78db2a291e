package com.jgdj.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Reads and writes the parameters that views keep in the URL, ignoring values that do not parse. The names shared by
 * several pages live here; a page's own names, its route and the building of its address live in its feature's
 * {@code XxxNavigation} class, which alone calls the navigating methods below ({@code ArchitectureTest}).
 */
public final class UrlParams {

    /** The reporting period a page shows. */
    public static final String PERIOD = "period";
    /** A unit category filter. */
    public static final String CATEGORY = "category";
    /** A unit. */
    public static final String UNIT = "unit";
    /** A 上级单位 filter: the units below this one. */
    public static final String PARENT = "parent";
    /** A grade filter (the {@code Grade} constant's name). */
    public static final String GRADE = "grade";

    /** The app's home address: the overview, or a reporter's own unit. */
    public static final String HOME = "";

    private UrlParams() {
    }

    public static Optional<Long> longParam(Map<String, List<String>> params, String name) {
        try {
            return first(params, name).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<Integer> intParam(Map<String, List<String>> params, String name) {
        try {
            return first(params, name).map(Integer::parseInt);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<BigDecimal> decimalParam(Map<String, List<String>> params, String name) {
        try {
            return first(params, name).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static <E extends Enum<E>> Optional<E> enumParam(Map<String, List<String>> params, String name,
                                                            Class<E> type) {
        try {
            return first(params, name).map(v -> Enum.valueOf(type, v));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A period's unit-set filters (category, 上级单位, grade as a constant name) as parameters, in one order and only
     * those set: the one spelling of the findings and 疑似雷同 lists' addresses.
     */
    public static Map<String, String> unitFilter(long periodId, Long categoryId, Long parentUnitId, String grade) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(PERIOD, Long.toString(periodId));
        if (categoryId != null) {
            params.put(CATEGORY, categoryId.toString());
        }
        if (parentUnitId != null) {
            params.put(PARENT, parentUnitId.toString());
        }
        if (grade != null) {
            params.put(GRADE, grade);
        }
        return params;
    }

    /** The grade filter as a constant name, or null; anything that is not a constant name is dropped. */
    public static String gradeName(Map<String, List<String>> params) {
        return first(params, GRADE).filter(g -> g.matches("[A-Z]{1,10}")).orElse(null);
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name)).filter(v -> !v.isEmpty()).map(List::getFirst);
    }

    /** {@code route?a=1&b=2} with the parameters in the map's order, or the bare route without parameters. */
    public static String location(String route, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return params.isEmpty() ? route : route + "?" + query;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The link back to the app's home, for the error pages of the shell. */
    public static Anchor homeAnchor(String text) {
        return new Anchor(HOME, text);
    }

    /** Opens {@code route} with {@code params}; for {@code XxxNavigation} classes. */
    public static void navigate(String route, Map<String, String> params) {
        UI.getCurrent().navigate(route, QueryParameters.simple(params));
    }

    /** A link to {@code location} (built by {@link #location}); for {@code XxxNavigation} classes. */
    public static Anchor anchor(String location, String text) {
        return new Anchor(location, text);
    }

    /** Sends the page being entered to {@code location} instead; for {@code XxxNavigation} classes. */
    public static void forward(BeforeEnterEvent event, String route, Map<String, String> params) {
        event.forwardTo(route, QueryParameters.simple(params));
    }

    /** Shows {@code location} in the address bar without a new history step; for {@code XxxNavigation} classes. */
    public static void replaceState(String location) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().getHistory().replaceState(null, location);
        }
    }

    /** Shows {@code location} in the address bar as a new history step; for {@code XxxNavigation} classes. */
    public static void pushState(String location) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().getHistory().pushState(null, location);
        }
    }
}
