package com.jgdj.dashboard.account.ui;

/** The account pages' routes, for the shell's user menu. */
public final class AccountNavigation {

    public static final String CHANGE_PASSWORD = "account/password";
    public static final String USERS = "admin/users";

    private AccountNavigation() {
    }
}
