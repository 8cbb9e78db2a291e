package com.jgdj.dashboard.security;

import com.jgdj.dashboard.base.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Counts failed sign-ins in a row and locks the account for {@code dashboard.security.lock-minutes} after
 * {@code dashboard.security.max-failures} of them; a lock runs out by the app's {@link Clock} (released on the next
 * attempt) or is lifted by an administrator. Every step publishes a {@link SignInEvent} for the audit log.
 */
@Component
public class SignInAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final Duration lockTime;

    SignInAttempts(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
                   @Value("${dashboard.security.max-failures:5}") int maxFailures,
                   @Value("${dashboard.security.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.maxFailures = maxFailures;
        this.lockTime = Duration.ofMinutes(lockMinutes);
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockTime() {
        return lockTime;
    }

    /** Lifts a lock whose time is over, so the attempt that follows is judged on its password alone. */
    @Transactional
    public void releaseExpiredLock(String username) {
        jdbc.sql("""
                        update app_user set failed_count = 0, locked_until = null
                        where username = ? and locked_until is not null and locked_until <= ? returning id""")
                .params(username, at(clock.instant())).query(Long.class).optional()
                .ifPresent(id -> publish(SignInEvent.Kind.ACCOUNT_UNLOCKED, username, id, "锁定到期，自动解除"));
    }

    @Transactional
    public void succeeded(String username) {
        Long id = jdbc.sql("update app_user set failed_count = 0, last_sign_in_at = ? where username = ? returning id")
                .params(at(clock.instant()), username).query(Long.class).optional().orElse(null);
        publish(SignInEvent.Kind.SIGNED_IN, username, id, "登录成功");
    }

    /** Counts a wrong password; true when this failure locked the account. */
    @Transactional
    public boolean failed(String username) {
        Instant until = clock.instant().plus(lockTime);
        Optional<Failure> failure = jdbc.sql("""
                        update app_user set failed_count = failed_count + 1,
                               locked_until = case when failed_count + 1 >= ? then ? else locked_until end
                        where username = ? returning id, failed_count""")
                .params(maxFailures, at(until), username)
                .query((rs, n) -> new Failure(rs.getLong(1), rs.getInt(2))).optional();
        Long id = failure.map(Failure::id).orElse(null);
        publish(SignInEvent.Kind.SIGN_IN_FAILED, username, id, failure.isEmpty() ? "用户名不存在"
                : "密码错误（连续第" + failure.get().count() + "次）");
        if (failure.isPresent() && failure.get().count() == maxFailures) {
            publish(SignInEvent.Kind.ACCOUNT_LOCKED, username, id,
                    "连续" + maxFailures + "次密码错误，锁定至" + Formats.dateTime(at(until)));
            return true;
        }
        return false;
    }

    /** A sign-in refused before its password was looked at (locked or disabled account). */
    @Transactional
    public void refused(String username, String reason) {
        Long id = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class)
                .optional().orElse(null);
        publish(SignInEvent.Kind.SIGN_IN_REFUSED, username, id, reason);
    }

    public Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("select locked_until from app_user where username = ?").param(username)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    /** An administrator lifts the lock; the caller's transaction audits it. */
    @Transactional
    public boolean unlock(long userId) {
        return jdbc.sql("""
                        update app_user set failed_count = 0, locked_until = null
                        where id = ? and (locked_until is not null or failed_count > 0)""")
                .param(userId).update() > 0;
    }

    private void publish(SignInEvent.Kind kind, String username, Long id, String detail) {
        events.publishEvent(new SignInEvent(kind, username, id, detail));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Failure(long id, int count) {
    }
}
