package com.jgdj.dashboard.account.ui;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.vaadin.flow.router.BeforeEnterEvent;

import java.util.Map;

/** The account pages' routes and the ways to them (the shell's 修改密码 button, back home after a change). */
public final class AccountNavigation {

    public static final String CHANGE_PASSWORD = "account/password";
    public static final String USERS = "admin/users";

    private AccountNavigation() {
    }

    public static void toChangePassword() {
        UrlParams.navigate(CHANGE_PASSWORD, Map.of());
    }

    /**
     * Sends a page being entered to 修改密码 instead, with that address in the browser's address bar (a reroute
     * would leave the address of the page asked for, such as {@code /?continue} after signing in).
     */
    static void forwardToChangePassword(BeforeEnterEvent event) {
        UrlParams.forward(event, CHANGE_PASSWORD, Map.of());
    }

    static void toHome() {
        UrlParams.navigate(UrlParams.HOME, Map.of());
    }
}
