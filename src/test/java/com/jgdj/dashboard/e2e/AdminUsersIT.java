package com.jgdj.dashboard.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 用户管理: an administrator creates a liaison bound to a unit, who signs in, must change the password and lands on its
 * unit page; five wrong passwords lock an account. Works on its own users (e2e-*) and reads the 市档案馆 unit page only.
 */
class AdminUsersIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    private void signInWith(String username, String password) {
        open("/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        button("登录").click();
        settle();
    }

    @Test
    void five_wrong_passwords_lock_the_account_with_a_chinese_message() {
        jdbc.sql("insert into app_user (username, display_name, password_hash, role) values ('e2e-locked', '锁定测试', ?, 'LEADER')")
                .param(encoder.encode("Right-2026")).update();
        for (int i = 1; i <= 4; i++) {
            signInWith("e2e-locked", "wrong-" + i);
            assertThat(page.locator("vaadin-login-form-wrapper [part=error-message]")).containsText("用户名或密码错误");
        }
        signInWith("e2e-locked", "wrong-5");
        Locator error = page.locator("vaadin-login-form-wrapper [part=error-message]");
        assertThat(error).containsText("账号已锁定");
        assertThat(error).containsText(Pattern.compile("连续5次密码错误，账号已锁定至2026-12-01 \\d\\d:\\d\\d，请稍后再试或联系系统管理员"));
        shot("locked");
        // the right password is refused the same way while the lock lasts
        signInWith("e2e-locked", "Right-2026");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(error).containsText("账号已锁定");
        jdbc.sql("update app_user set enabled = false, locked_until = null, failed_count = 0 where username = 'e2e-locked'")
                .update();
        signInWith("e2e-locked", "wrong");
        assertThat(error).containsText("账号已停用，请联系系统管理员");
        shot("disabled");
    }
}
