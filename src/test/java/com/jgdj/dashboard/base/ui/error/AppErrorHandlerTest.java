package com.jgdj.dashboard.base.ui.error;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A click listener that throws: the session's error handler (installed for every session) shows the Chinese message
 * or a generic one, and logs the cause. Karibu hands a listener's exception to the test, where Vaadin's request
 * handling hands it to the session's handler; the test passes it on as Vaadin does.
 */
class AppErrorHandlerTest extends KaribuTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(AppErrorHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(logged);
    }

    @Test
    void every_session_gets_the_app_error_handler() {
        login(Role.ADMIN);
        open("");
        assertInstanceOf(AppErrorHandler.class, VaadinSession.getCurrent().getErrorHandler());
    }

    @Test
    void refused_input_shows_its_chinese_message() {
        login(Role.ADMIN);
        open("");
        failOnClick(new UserInputException("请填写开放补报的原因"));
        expectNotifications("请填写开放补报的原因");
        assertEquals(List.of("INFO Refused: 请填写开放补报的原因"), lines());
    }

    @Test
    void a_concurrent_edit_shows_its_chinese_message() {
        login(Role.ADMIN);
        open("");
        failOnClick(new ConcurrentEditException("该报送期已被他人修改，请刷新后重试"));
        expectNotifications("该报送期已被他人修改，请刷新后重试");
    }

    @Test
    void an_unexpected_error_shows_a_generic_message_and_logs_the_cause_with_its_stack() {
        login(Role.ADMIN);
        open("");
        IllegalStateException cause = new IllegalStateException("column \"x\" does not exist");
        failOnClick(cause);
        expectNotifications("操作未能完成，请稍后重试；如果问题持续，请联系系统管理员。");
        assertEquals(List.of("ERROR Unexpected error in a user action"), lines());
        assertSame(cause, ((ch.qos.logback.classic.spi.ThrowableProxy) logged.list.getFirst().getThrowableProxy())
                .getThrowable());
    }

    private void failOnClick(RuntimeException failure) {
        Button button = new Button("保存", e -> {
            throw failure;
        });
        UI.getCurrent().add(button);
        clickFailing(button);
    }

    /** Level and message up to the origin in brackets, which names a line of this test. */
    private List<String> lines() {
        return logged.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage().replaceFirst(" \\(.*\\)$", ""))
                .toList();
    }
}
