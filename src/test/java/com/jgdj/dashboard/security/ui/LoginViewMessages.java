package com.jgdj.dashboard.security.ui;

/** Reads the login page's error title for a failure, for tests outside this package. */
public final class LoginViewMessages {

    private LoginViewMessages() {
    }

    public static String title(Object failure) {
        return LoginView.withError(failure).getErrorMessage().getTitle();
    }
}
