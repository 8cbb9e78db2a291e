package com.jgdj.dashboard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether start-up has finished. The web server answers before the start-up tasks (migrations done, then the demo
 * data and its accounts) have run; until they have, nobody can sign in and the login page says so.
 */
@Component
public class StartupState {

    public static final String TITLE = "系统正在初始化";
    public static final String MESSAGE = "正在准备数据和账号，请稍候几分钟再登录。";

    /** The line an operator (and the load run) waits for: sign-in is open from here on. */
    public static final String READY_LOG = "Start-up finished, sign-in open on port {}";

    private static final Logger log = LoggerFactory.getLogger(StartupState.class);

    private volatile boolean ready;

    /** Spring publishes this after every start-up runner has finished. */
    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        ready = true;
        log.info(READY_LOG, event.getApplicationContext().getEnvironment().getProperty("local.server.port", "-"));
    }

    public boolean isReady() {
        return ready;
    }

    /** A sign-in refused because start-up has not finished (not a wrong password). */
    public static final class NotReadyException extends AuthenticationServiceException {

        public NotReadyException() {
            super(TITLE + "：" + MESSAGE);
        }
    }
}
