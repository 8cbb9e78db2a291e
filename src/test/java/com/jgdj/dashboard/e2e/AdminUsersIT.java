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
    void an_administrator_creates_a_liaison_who_changes_the_password_and_lands_on_its_unit() {
        signIn("admin");
        open("/admin/users");
        button("新增用户").click();
        Locator dialog = page.locator("vaadin-dialog");
        dialog.getByLabel("用户名", new Locator.GetByLabelOptions().setExact(true)).fill("e2e-liaison");
        dialog.getByLabel("姓名", new Locator.GetByLabelOptions().setExact(true)).fill("档案馆联络员");
        Locator unit = dialog.getByLabel("所属单位（单位联络员）", new Locator.GetByLabelOptions().setExact(true));
        unit.fill("档案馆");
        page.locator("vaadin-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText("档案馆"))
                .first().click();
        dialog.getByLabel("初始密码", new Locator.GetByLabelOptions().setExact(true)).fill("Start-2026");
        shot("new-user");
        button("保存").click();
        settle();
        assertThat(page.locator("vaadin-grid")).containsText("e2e-liaison");
        shot("user-listed");
        signOut();

        signInWith("e2e-liaison", "Start-2026");
        assertThat(page).hasURL(url("/account/password"));
        assertThat(page.locator("#must-change-password")).isVisible();
        // any other address holds the user on the change page
        open("/submissions");
        assertThat(page).hasURL(url("/account/password"));
        page.getByLabel("当前密码", new Page.GetByLabelOptions().setExact(true)).fill("Start-2026");
        page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("Archive-2026");
        page.getByLabel("再次输入新密码", new Page.GetByLabelOptions().setExact(true)).fill("Archive-2026");
        shot("change-password");
        // the form's 修改密码, not the header's button of the same name (#change-password) that opens this page
        button("修改密码").and(page.locator(":not(#change-password)")).click();
        settle();
        long unitId = jdbc.sql("select unit_id from app_user where username = 'e2e-liaison'").query(Long.class).single();
        assertEquals("市档案馆党支部", jdbc.sql("select name from org_unit where id = ?").param(unitId)
                .query(String.class).single());
        // home for a liaison is its own unit's page: the address and the page both say so
        assertThat(page).hasURL(url("/units/" + unitId));
        assertThat(page.locator(".view-header h2")).hasText("市档案馆党支部");
        assertThat(page.locator("#must-change-password")).hasCount(0);
        shot("unit-page");
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
