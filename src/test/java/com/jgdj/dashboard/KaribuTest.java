package com.jgdj.dashboard;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.UI;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.jgdj.dashboard.base.ui.MainLayout;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Base of the UI tests: a mocked Vaadin session on the real Spring context and database, with Spring Security's
 * context visible to Vaadin's access checks. Every test runs in a transaction that is rolled back.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Set<Class<? extends Component>> VIEWS = discoverViews();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestData data;

    @BeforeEach
    void setUpVaadin() {
        startVaadin();
    }

    private void startVaadin() {
        MockVaadin.setMockRequestFactory(SecurityAwareRequest::new);
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(new HashSet<>(), new HashSet<>(), true), context, UI::new));
        // registered by hand: Karibu's Routes knows nothing of @Layout, and the layout must exist before the routes
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        registry.setLayout(MainLayout.class);
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        VIEWS.forEach(routes::setAnnotatedRoute);
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a user of the given role (a reporter needs its unit) and reloads the UI. */
    protected void login(Role role, Long unitId) {
        SignIn.as(role, unitId);
        // a fresh UI so the layout and views are built for the signed-in user
        MockVaadin.tearDown();
        startVaadin();
    }

    /** Navigates like a browser opening {@code location}, which may carry a query string. */
    protected static void open(String location) {
        int q = location.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, q),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1)));
        }
    }

    protected void login(Role role) {
        login(role, null);
    }

    /**
     * Clicks a button whose action fails, and hands the failure to the session's error handler as Vaadin's request
     * handling does (Karibu passes a listener's exception to the test instead).
     */
    protected static void clickFailing(com.vaadin.flow.component.button.Button button) {
        RuntimeException thrown = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> com.github.mvysny.kaributesting.v10.LocatorJ._click(button));
        com.vaadin.flow.server.VaadinSession.getCurrent().getErrorHandler()
                .error(new com.vaadin.flow.server.ErrorEvent(thrown));
    }

    /** Karibu's own discovery skips package-private classes, and our views are package-private. */
    @SuppressWarnings("unchecked")
    private static Set<Class<? extends Component>> discoverViews() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.jgdj.dashboard")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        return views;
    }

    /** Karibu's request, answering who is signed in from Spring Security's context. */
    static final class SecurityAwareRequest extends FakeRequest {

        SecurityAwareRequest(HttpSession session) {
            super(session);
        }

        @Override
        public Principal getUserPrincipal() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null || !auth.isAuthenticated() ? null : auth;
        }

        @Override
        public String getRemoteUser() {
            Principal principal = getUserPrincipal();
            return principal == null ? null : principal.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        }
    }
}
