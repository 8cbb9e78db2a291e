package com.jgdj.dashboard.account;

import com.jgdj.dashboard.base.UserInputException;

import java.util.Locale;

/** The one rule for a new password: at least {@value #MIN_LENGTH} characters and not containing the username. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final String HINT = "至少" + MIN_LENGTH + "位，不能包含用户名";

    private PasswordRules() {
    }

    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new UserInputException("密码至少需要" + MIN_LENGTH + "位");
        }
        if (password.isBlank()) {
            throw new UserInputException("密码不能全为空格");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            throw new UserInputException("密码不能包含用户名");
        }
    }
}
