package com.jgdj.dashboard.base.ui.error;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Installs {@link AppErrorHandler} in every session, so no view needs its own catch block to tell the user. */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        AppErrorHandler handler = new AppErrorHandler();
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(handler));
    }
}
