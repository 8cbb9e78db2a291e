package com.jgdj.dashboard;

import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a signed-in user of a role (a reporter with its unit) into the security context of the test thread. */
public final class SignIn {

    private SignIn() {
    }

    public static SignedInUser as(Role role, Long unitId) {
        return as(new SignedInUser(1, role.name().toLowerCase(), role.label(), "", role, unitId, true));
    }

    /** A named user, e.g. a second assessor whose name a conflict message must show. */
    public static SignedInUser asUser(long id, String username, Role role) {
        return as(new SignedInUser(id, username, username, "", role, null, true));
    }

    private static SignedInUser as(SignedInUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    public static SignedInUser as(Role role) {
        return as(role, null);
    }
}
