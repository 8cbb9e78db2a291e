package com.jgdj.dashboard.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    private final SignInAttempts attempts;
    private final Clock clock;

    AppUserDetailsService(AppUserRepository users, SignInAttempts attempts, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).map(u -> SignedInUser.of(u, attempts.lockedUntil(username).orElse(null), clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }
}
