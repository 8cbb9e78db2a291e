package com.jgdj.dashboard.security.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.security.StartupState;
import com.vaadin.flow.component.login.LoginForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import java.util.List;

class AccessTest extends KaribuTest {

    @Autowired
    StartupState startup;

    @ParameterizedTest
    @ValueSource(strings = {"", "units", "units/1", "periods", "submissions", "submissions/1",
            "submissions?period=1", "upload", "indicators", "completeness", "assessments", "assessments/1/1",
            "schemes", "rankings", "interviews", "units/1?period=1&dimension=1"})
    void every_route_sends_an_anonymous_visitor_to_the_login_page(String route) {
        open(route);
        assertInstanceOf(LoginView.class, UI.getCurrent().getCurrentView());
    }

    @Test
    void a_leader_may_not_open_upload_or_indicator_administration() {
        login(Role.LEADER);
        for (String route : List.of("upload", "indicators")) {
            open(route);
            String shown = UI.getCurrent().getCurrentView().getClass().getName();
            assertFalse(shown.endsWith("SubmissionUploadView") || shown.endsWith("IndicatorListView"), shown);
        }
    }

    @Test
    void the_login_page_speaks_chinese() {
        open("login");
        _get(com.vaadin.flow.component.login.LoginForm.class);
        assertEquals("登录", LoginView.chinese().getForm().getSubmit());
        assertEquals("用户名或密码错误", LoginView.chinese().getErrorMessage().getTitle());
    }

    @Test
    void the_login_page_shows_the_error_after_a_failed_attempt() {
        open("login?error");
        assertEquals(true, _get(com.vaadin.flow.component.login.LoginForm.class).isError());
    }

    @Test
    void the_login_page_says_the_system_is_initialising_until_start_up_has_finished() {
        assertEquals(true, startup.isReady());
        ReflectionTestUtils.setField(startup, "ready", false);
        try {
            open("login");
            LoginForm form = _get(LoginForm.class);
            assertEquals(true, form.isError());
            assertFalse(form.isEnabled());
            assertEquals("系统正在初始化", ((LoginView) UI.getCurrent().getCurrentView()).shown().getErrorMessage().getTitle());
            assertEquals("正在准备数据和账号，请稍候几分钟再登录。", ((LoginView) UI.getCurrent().getCurrentView()).shown().getErrorMessage().getMessage());
        } finally {
            ReflectionTestUtils.setField(startup, "ready", true);
        }
        open("login");
        LoginForm form = _get(LoginForm.class);
        assertEquals(false, form.isError());
        assertEquals(true, form.isEnabled());
        assertEquals("系统正在初始化", LoginViewMessages.title(new StartupState.NotReadyException()));
    }

    @Test
    void a_signed_in_user_reaches_the_overview() {
        login(Role.LEADER);
        open("");
        assertEquals("com.jgdj.dashboard.overview.ui.OverviewView", UI.getCurrent().getCurrentView().getClass().getName());
    }
}
