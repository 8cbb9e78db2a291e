package com.jgdj.dashboard.security;

/**
 * Something that happened to a sign-in or to an account's lock, published inside the transaction that changed the
 * account so the audit log records it with that change. {@code userId} is null for an unknown username.
 */
public record SignInEvent(Kind kind, String username, Long userId, String detail) {

    public enum Kind {
        SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_REFUSED, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED
    }
}
