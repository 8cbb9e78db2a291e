package com.jgdj.dashboard.security;

import com.jgdj.dashboard.base.Formats;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;

/**
 * The password check with the lockout around it. A locked or disabled account is refused before its password is
 * compared (Spring's pre-authentication checks), so the answer never tells whether the password was right. The
 * exceptions carry the Chinese message the login page shows.
 */
class LockingAuthenticationProvider extends DaoAuthenticationProvider {

    static final String DISABLED = "账号已停用，请联系系统管理员";

    private final SignInAttempts attempts;
    private final BooleanSupplier started;

    LockingAuthenticationProvider(AppUserDetailsService users, PasswordEncoder encoder, SignInAttempts attempts) {
        this(users, encoder, attempts, () -> true);
    }

    /** {@code started}: false while start-up runs (accounts may not exist yet); sign-ins are refused until then. */
    LockingAuthenticationProvider(AppUserDetailsService users, PasswordEncoder encoder, SignInAttempts attempts,
                                  BooleanSupplier started) {
        super(users);
        setPasswordEncoder(encoder);
        this.attempts = attempts;
        this.started = started;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        if (!started.getAsBoolean()) {
            // not a wrong password: the demo accounts may simply not exist yet
            throw new StartupState.NotReadyException();
        }
        attempts.releaseExpiredLock(username);
        try {
            Authentication result = super.authenticate(authentication);
            attempts.succeeded(username);
            return result;
        } catch (LockedException e) {
            attempts.refused(username, "账号已锁定");
            throw new LockedException(lockedMessage(username), e);
        } catch (DisabledException e) {
            attempts.refused(username, "账号已停用");
            throw new DisabledException(DISABLED, e);
        } catch (BadCredentialsException e) {
            if (attempts.failed(username)) {
                throw new LockedException(lockedMessage(username), e);
            }
            throw e;
        }
    }

    private String lockedMessage(String username) {
        return "连续" + attempts.maxFailures() + "次密码错误，账号已锁定"
                + attempts.lockedUntil(username).map(t -> "至" + Formats.dateTime(t.atOffset(ZoneOffset.UTC)))
                        .orElse("")
                + "，请稍后再试或联系系统管理员";
    }
}
