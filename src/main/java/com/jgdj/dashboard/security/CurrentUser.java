package com.jgdj.dashboard.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads the signed-in user from the security context; services ask it for the user's data scope. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public String username() {
        return get().map(SignedInUser::username).orElse("system");
    }

    /** A reporter sees its own unit only; everyone else sees all units; nobody signed in sees nothing. */
    public UnitScope scope() {
        SignedInUser user = get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
        return user.role() == Role.REPORTER ? new UnitScope(user.unitId()) : UnitScope.ALL;
    }

    public boolean hasRole(Role role) {
        return get().map(u -> u.role() == role).orElse(false);
    }
}
