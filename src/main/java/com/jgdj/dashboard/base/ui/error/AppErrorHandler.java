package com.jgdj.dashboard.base.ui.error;

import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one place where a failed user action (a click, a value change, a dialog's save) becomes a message: refused
 * input and a concurrent edit ({@link UserInputException}, {@code ConcurrentEditException}) show their Chinese
 * message, a refused permission says so, anything else a generic Chinese sentence. The log keeps the precise cause;
 * an unexpected one with its stack trace. A page that fails to open is shown by {@link ServerErrorView} instead.
 */
public class AppErrorHandler implements ErrorHandler {

    static final String GENERIC = "操作未能完成，请稍后重试；如果问题持续，请联系系统管理员。";
    static final String DENIED = "您的账号无权执行此操作。";

    private static final Logger log = LoggerFactory.getLogger(AppErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message;
        UserInputException refused = find(error, UserInputException.class);
        AccessDeniedException denied = find(error, AccessDeniedException.class);
        if (refused != null) {
            log.info("Refused: {} ({})", refused.getMessage(), origin(refused));
            message = refused.getMessage();
        } else if (denied != null) {
            log.warn("Action refused by the permission check: {} ({})", denied.getMessage(), origin(denied));
            message = DENIED;
        } else {
            log.error("Unexpected error in a user action", error);
            message = GENERIC;
        }
        if (UI.getCurrent() != null) {
            Notifications.error(message);
        }
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** Where the refusal was thrown: enough to find it without a stack trace for an expected refusal. */
    private static String origin(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length == 0 ? "no stack" : trace[0].toString();
    }
}
