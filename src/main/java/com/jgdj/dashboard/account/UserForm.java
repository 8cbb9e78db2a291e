package com.jgdj.dashboard.account;

import com.jgdj.dashboard.security.Role;

/** A new user ({@code id} null, with its first password) or the edit of one at {@code version}. */
public record UserForm(Long id, Long version, String username, String displayName, Role role, Long unitId,
                       String password) {

    public static UserForm of(UserRow row) {
        return new UserForm(row.id(), row.version(), row.username(), row.displayName(), row.role(), row.unitId(),
                null);
    }
}
