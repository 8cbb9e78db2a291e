package com.jgdj.dashboard.account.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordChangeGuardTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void a_user_with_a_password_set_by_the_administrator_is_held_on_the_change_page_until_it_changes_it() {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role, must_change_password)
                        values ('wang', '王五', ?, 'LEADER', true) returning id""")
                .param(encoder.encode("Start-2026")).query(Long.class).single();
        SignIn.asUser(id, "wang", Role.LEADER);
        login(Role.LEADER, null);
        SignIn.asUser(id, "wang", Role.LEADER);
        open("rankings");
        // forwarded, not rerouted: the address is the change page's, not the one asked for
        assertEquals(AccountNavigation.CHANGE_PASSWORD,
                UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        ChangePasswordView view = _get(ChangePasswordView.class);
        assertTrue(view.notice.isVisible());
        view.current.setValue("Start-2026");
        view.next.setValue("Own-pass-26");
        view.repeat.setValue("Own-pass-2");
        _click(view.save);
        expectNotifications("两次输入的新密码不一致");
        view.repeat.setValue("Own-pass-26");
        _click(view.save);
        expectNotifications("密码已修改");
        open("rankings");
        assertEquals("rankings", UI.getCurrent().getInternals().getActiveViewLocation().getPath());
    }
}
