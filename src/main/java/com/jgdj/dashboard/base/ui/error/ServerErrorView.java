package com.jgdj.dashboard.base.ui.error;

import com.jgdj.dashboard.base.ui.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else that stops a page from opening: a Chinese page for the user, the whole cause in the log. */
@ParentLayout(MainLayout.class)
@PermitAll
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Page /{} failed to open", event.getLocation().getPath(), parameter.getException());
        show("页面出错", "打开此页面时出错，请稍后重试；如果问题持续，请联系系统管理员。");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
