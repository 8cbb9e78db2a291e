package com.jgdj.dashboard.base.ui.error;

import com.jgdj.dashboard.base.ui.MainLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A page the signed-in role may not use: 无权访问, inside the app shell, with a way back. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    static final String HEADING = "无权访问";
    static final String SENTENCE = "您的账号无权查看此页面。如需使用，请联系系统管理员。";

    private static final Logger log = LoggerFactory.getLogger(AccessDeniedView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        log.info("Access to /{} refused: {}", event.getLocation().getPath(), parameter.getCustomMessage());
        show(HEADING, SENTENCE);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
