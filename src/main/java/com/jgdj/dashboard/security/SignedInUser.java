package com.jgdj.dashboard.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The Spring Security principal: carries the role and, for a reporter, the unit it is bound to. */
public record SignedInUser(long id, String username, String displayName, String passwordHash, Role role,
                           Long unitId, boolean enabled, boolean accountNonLocked) implements UserDetails {

    public SignedInUser(long id, String username, String displayName, String passwordHash, Role role, Long unitId,
                        boolean enabled) {
        this(id, username, displayName, passwordHash, role, unitId, enabled, true);
    }

    /** The user as loaded for a sign-in at {@code now}: locked while its lock has not run out. */
    static SignedInUser of(AppUser user, Instant lockedUntil, Instant now) {
        return new SignedInUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                user.getRole(), user.getUnitId(), user.isEnabled(),
                lockedUntil == null || !lockedUntil.isAfter(now));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }
}
