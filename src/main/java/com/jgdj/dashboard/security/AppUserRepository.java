package com.jgdj.dashboard.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** The users; services outside this package edit them through {@code account.UserService}. */
public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByRole(Role role);

    boolean existsByUsernameIgnoreCase(String username);

    long countByRoleAndEnabledTrue(Role role);
}
