package com.jgdj.dashboard.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** The Spring Security principal: carries the role and, for a reporter, the unit it is bound to. */
public record SignedInUser(long id, String username, String displayName, String passwordHash, Role role,
                           Long unitId, boolean enabled) implements UserDetails {

    static SignedInUser of(AppUser user) {
        return new SignedInUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                user.getRole(), user.getUnitId(), user.isEnabled());
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
}
