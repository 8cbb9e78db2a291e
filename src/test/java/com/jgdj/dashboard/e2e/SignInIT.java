package com.jgdj.dashboard.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Every role signs in through the login form, sees its name and role in the shell, and signs out again. */
class SignInIT extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "admin, 系统管理员（示例）（系统管理员）",
            "assessor, 考核人员（示例）（考核人员）",
            "leader, 领导（示例）（领导）",
            "reporter, 单位联络员（示例）（单位联络员）"})
    void signs_in_and_out(String username, String label) {
        open("/");
        assertThat(page).hasURL(url("/login"));
        shot(username + "-login");
        signIn(username);
        assertThat(page.locator(".app-user")).hasText(label);
        shot(username + "-home");
        signOut();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        open("/rankings");
        assertThat(page).hasURL(url("/login"));
    }

    @org.junit.jupiter.api.Test
    void wrong_password_is_refused_in_chinese() {
        open("/login");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill("wrong");
        button("登录").click();
        page.waitForURL(url("/login?error"));
        settle();
        assertThat(page.locator("vaadin-login-form-wrapper [part=error-message]")).containsText("用户名或密码错误");
        shot("refused");
    }
}
