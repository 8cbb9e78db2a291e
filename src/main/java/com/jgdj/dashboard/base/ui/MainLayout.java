package com.jgdj.dashboard.base.ui;

import com.jgdj.dashboard.base.Product;
import com.jgdj.dashboard.base.settings.AppSettings;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.SignedInUser;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The app shell: title, demo-data marker, signed-in user, and a side navigation built from {@code @Menu}. */
@Layout
@PermitAll
@Uses(SideNav.class)
@Uses(Icon.class)
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AppSettings settings, AuthenticationContext authentication,
                      org.springframework.beans.factory.ObjectProvider<HeaderAction> actions) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(appName(), new Scroller(sideNav()));
        addToNavbar(new DrawerToggle(), header(currentUser, settings, authentication, actions.orderedStream().toList()));
    }

    private static H1 appName() {
        H1 name = new H1(Product.NAME);
        name.addClassName("app-name");
        return name;
    }

    /**
     * The pages this user may open ({@code @Menu}, filtered by role), as one element holding the side navigation's
     * markup: the browser's {@code <vaadin-side-nav>} links, highlights the current page and navigates within the
     * app by itself, nothing of it talks to the server. Built of components the menu was four state nodes an item
     * (item, label, text, icon) — 40 of a leader's overview session, 33 KB of its memory (the load run's heap dump).
     */
    private static Html sideNav() {
        StringBuilder markup = new StringBuilder("<vaadin-side-nav class=\"app-nav\">");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // relative to the app's base address, as Vaadin's SideNavItem writes it (the app may run under a
            // context path)
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            markup.append("<vaadin-side-nav-item path=\"").append(Markup.text(path)).append("\">");
            if (entry.icon() != null) {
                markup.append("<vaadin-icon slot=\"prefix\" icon=\"").append(Markup.text(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            markup.append(Markup.text(entry.title())).append("</vaadin-side-nav-item>");
        }
        return new Html(markup.append("</vaadin-side-nav>").toString());
    }

    private static HorizontalLayout header(CurrentUser currentUser, AppSettings settings,
                                           AuthenticationContext authentication, java.util.List<HeaderAction> actions) {
        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        if (settings.isDemoData()) {
            Span demo = new Span("示例数据");
            demo.getElement().getThemeList().add("badge contrast");
            demo.setId("demo-data-badge");
            header.add(demo);
        }
        currentUser.get().ifPresent(user -> header.add(userLabel(user)));
        if (currentUser.get().isPresent()) {
            actions.forEach(a -> header.add(a.create()));
        }
        Button logout = new Button("退出登录", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        header.add(logout);
        return header;
    }

    private static Span userLabel(SignedInUser user) {
        Span label = new Span(user.displayName() + "（" + user.role().label() + "）");
        label.addClassName("app-user");
        return label;
    }
}
