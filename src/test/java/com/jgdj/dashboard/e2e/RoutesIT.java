package com.jgdj.dashboard.e2e;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route as every role and as an anonymous visitor: each address shows either its page inside the app shell
 * or a Chinese refusal inside the app shell (anonymous visitors: the login page), never an English framework
 * message, and never a browser console error. Routes are discovered from {@code @Route}, so a new view is covered
 * as soon as it exists; the expected access is read from its security annotation.
 */
class RoutesIT extends BrowserTest {

    /** Words of framework error pages (Vaadin, Spring, Tomcat) that must never reach a user. */
    private static final Pattern ENGLISH_ERROR = Pattern.compile(
            "Could not navigate|Exception|Access denied|Forbidden|Not Found|Whitelabel|HTTP Status|Internal error"
                    + "|There was an|Route not found|Available routes|Unauthorized");

    @Autowired
    JdbcClient jdbc;

    record RouteCase(String template, Class<?> view) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "assessor", "leader", "reporter", "anonymous"})
    void every_route_shows_its_page_or_a_chinese_refusal(String user) {
        boolean anonymous = user.equals("anonymous");
        if (!anonymous) {
            signIn(user);
        }
        String role = anonymous ? null : user.equals("admin") ? "ADMIN" : user.toUpperCase();
        List<String> checked = new ArrayList<>();
        for (RouteCase route : routes()) {
            String path = "/" + fill(route.template());
            open(path);
            String text = page.locator("body").innerText();
            assertFalse(ENGLISH_ERROR.matcher(text).find(), path + " as " + user + " shows a framework message: " + text);
            if (anonymous && !isAnonymousAllowed(route.view())) {
                assertTrue(page.url().endsWith("/login"), path + " lets an anonymous visitor in: " + page.url());
            } else if (isAllowed(route.view(), role)) {
                assertEquals(0, page.locator(".error-view").count(), path + " refused " + user + ": " + text);
            } else {
                assertEquals("无权访问", page.locator(".error-view h2").innerText(), path + " as " + user);
                assertTrue(page.locator(".app-nav").isVisible(), path + ": the refusal is shown outside the app shell");
                assertTrue(page.locator(".error-view a").first().isVisible(), path + ": the refusal offers no way back");
            }
            checked.add(path);
        }
        shot("last-route");
        assertEquals(routes().size(), checked.size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/no-such-page", "/units/abc", "/assessments/1/2/3", "/units/99999999999999999999",
            "/submissions/99999999999999999999", "/assessments/1/99999999999999999999"})
    void an_unknown_address_says_so_in_chinese_inside_the_shell(String path) {
        signIn("leader");
        open(path);
        assertEquals("页面不存在", page.locator(".error-view h2").innerText());
        assertTrue(page.locator(".app-nav").isVisible());
        shot("not-found");
        page.locator(".error-view a").first().click();
        settle();
        assertEquals(url("/"), page.url());
    }

    private List<RouteCase> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("com.jgdj.dashboard").stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), getClass().getClassLoader()))
                .map(view -> new RouteCase(view.getAnnotation(Route.class).value(), view))
                .sorted(Comparator.comparing(RouteCase::template))
                .toList();
    }

    /** Real ids for route parameters: the demo liaison's unit, its latest report, and a period it was graded in. */
    private String fill(String template) {
        long unit = jdbc.sql("select unit_id from app_user where username = 'reporter'").query(Long.class).single();
        long submission = jdbc.sql("select max(id) from submission where unit_id = ? and latest")
                .param(unit).query(Long.class).single();
        long period = jdbc.sql("select max(period_id) from assessment where unit_id = ?")
                .param(unit).query(Long.class).single();
        return template.replaceAll("\\([^)]*\\)", "").replace(":period", String.valueOf(period)).replace(":unit", String.valueOf(unit))
                .replace(":id", String.valueOf(template.startsWith("units") ? unit : submission));
    }

    private static boolean isAnonymousAllowed(Class<?> view) {
        return view.isAnnotationPresent(AnonymousAllowed.class);
    }

    private static boolean isAllowed(Class<?> view, String role) {
        if (view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.asList(roles.value()).contains(role);
    }
}
