package com.jgdj.dashboard.account;

import com.jgdj.dashboard.security.Role;

import java.time.OffsetDateTime;

/** A user as the users page lists it. */
public record UserRow(long id, String username, String displayName, Role role, Long unitId, String unitName,
                      boolean enabled, OffsetDateTime lockedUntil, OffsetDateTime lastSignInAt,
                      boolean mustChangePassword, long version) {
}
