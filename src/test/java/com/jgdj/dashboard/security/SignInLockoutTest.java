package com.jgdj.dashboard.security;

import com.jgdj.dashboard.FixedClock;
import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.security.ui.LoginViewMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The password check with the lockout, on the real database, with a clock the test moves. */
@IntegrationTest
class SignInLockoutTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AppUserRepository users;
    @Autowired
    ApplicationEventPublisher events;

    final MovingClock clock = new MovingClock(FixedClock.NOW);
    LockingAuthenticationProvider provider;
    long auditBefore;

    @BeforeEach
    void user() {
        // the audit log is append-only: read only what this test adds
        auditBefore = jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
        jdbc.sql("insert into app_user (username, display_name, password_hash, role) values ('zhang', '张三', ?, 'ASSESSOR')")
                .param(encoder.encode("right-password")).update();
        SignInAttempts attempts = new SignInAttempts(jdbc, clock, events, 5, 15);
        provider = new LockingAuthenticationProvider(new AppUserDetailsService(users, attempts, clock), encoder, attempts);
    }

    private Authentication signIn(String password) {
        return provider.authenticate(new UsernamePasswordAuthenticationToken("zhang", password));
    }

    private List<String> audit() {
        return jdbc.sql("select action || ' ' || username || ' ' || coalesce(detail, '') from audit_log where id > ? order by id")
                .param(auditBefore).query(String.class).list();
    }

    @Test
    void the_fifth_wrong_password_locks_the_account_for_fifteen_minutes_and_the_lock_runs_out() {
        for (int i = 1; i <= 4; i++) {
            assertThrows(BadCredentialsException.class, () -> signIn("wrong"));
        }
        LockedException locked = assertThrows(LockedException.class, () -> signIn("wrong"));
        // 10:00 China time + 15 minutes
        assertEquals("连续5次密码错误，账号已锁定至2026-12-01 10:15，请稍后再试或联系系统管理员", locked.getMessage());
        // while locked even the right password is refused, with the same message
        clock.advance(Duration.ofMinutes(14));
        LockedException still = assertThrows(LockedException.class, () -> signIn("right-password"));
        assertEquals(locked.getMessage(), still.getMessage());
        clock.advance(Duration.ofMinutes(1));
        assertEquals("zhang", ((SignedInUser) signIn("right-password").getPrincipal()).username());
        assertEquals(0, jdbc.sql("select failed_count from app_user where username = 'zhang'").query(Integer.class)
                .single());
        assertEquals(List.of(
                "SIGN_IN_FAILED zhang 密码错误（连续第1次）",
                "SIGN_IN_FAILED zhang 密码错误（连续第2次）",
                "SIGN_IN_FAILED zhang 密码错误（连续第3次）",
                "SIGN_IN_FAILED zhang 密码错误（连续第4次）",
                "SIGN_IN_FAILED zhang 密码错误（连续第5次）",
                "ACCOUNT_LOCKED zhang 连续5次密码错误，锁定至2026-12-01 10:15",
                "SIGN_IN_REFUSED zhang 账号已锁定",
                "ACCOUNT_UNLOCKED zhang 锁定到期，自动解除",
                "SIGNED_IN zhang 登录成功"), audit());
    }

    @Test
    void a_successful_sign_in_resets_the_count() {
        for (int i = 1; i <= 4; i++) {
            assertThrows(BadCredentialsException.class, () -> signIn("wrong"));
        }
        signIn("right-password");
        for (int i = 1; i <= 4; i++) {
            assertThrows(BadCredentialsException.class, () -> signIn("wrong"));
        }
        assertEquals(4, jdbc.sql("select failed_count from app_user where username = 'zhang'").query(Integer.class)
                .single());
    }

    @Test
    void a_disabled_account_says_so_whether_or_not_the_password_is_right() {
        jdbc.sql("update app_user set enabled = false where username = 'zhang'").update();
        DisabledException right = assertThrows(DisabledException.class, () -> signIn("right-password"));
        DisabledException wrong = assertThrows(DisabledException.class, () -> signIn("wrong"));
        assertEquals("账号已停用，请联系系统管理员", right.getMessage());
        assertEquals(right.getMessage(), wrong.getMessage());
        assertEquals("账号已停用", LoginViewMessages.title(wrong));
        // a refused sign-in is no failed password: it never leads to a lock
        assertEquals(0, jdbc.sql("select failed_count from app_user where username = 'zhang'").query(Integer.class)
                .single());
        assertEquals(List.of("SIGN_IN_REFUSED zhang 账号已停用", "SIGN_IN_REFUSED zhang 账号已停用"), audit());
    }

    @Test
    void an_unknown_username_is_a_plain_failure_and_audited() {
        BadCredentialsException e = assertThrows(BadCredentialsException.class,
                () -> provider.authenticate(new UsernamePasswordAuthenticationToken("nobody", "x")));
        assertEquals("用户名或密码错误", LoginViewMessages.title(e));
        assertEquals(List.of("SIGN_IN_FAILED nobody 用户名不存在"), audit());
    }

    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void nobody_signs_in_before_start_up_has_finished_and_no_failure_is_counted() {
        SignInAttempts attempts = new SignInAttempts(jdbc, clock, events, 5, 15);
        boolean[] started = {false};
        LockingAuthenticationProvider starting = new LockingAuthenticationProvider(
                new AppUserDetailsService(users, attempts, clock), encoder, attempts, () -> started[0]);
        StartupState.NotReadyException refused = assertThrows(StartupState.NotReadyException.class,
                () -> starting.authenticate(new UsernamePasswordAuthenticationToken("zhang", "right-password")));
        assertEquals("系统正在初始化：正在准备数据和账号，请稍候几分钟再登录。", refused.getMessage());
        assertEquals(List.of(), audit());
        started[0] = true;
        assertEquals("zhang", starting.authenticate(new UsernamePasswordAuthenticationToken("zhang", "right-password"))
                .getName());
    }
}
