package com.jgdj.dashboard.base.ui.error;

import com.jgdj.dashboard.base.ui.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An address that is no page: 页面不存在. In development mode Vaadin reports a refused navigation as "not found"
 * too (to list the routes); an address that names a real route is therefore shown as 无权访问.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(NotFoundView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        if (RouteConfiguration.forSessionScope().getRoute(path).isPresent()) {
            log.info("Access to /{} refused: {}", path, parameter.getCustomMessage());
            show(AccessDeniedView.HEADING, AccessDeniedView.SENTENCE);
            return HttpServletResponse.SC_FORBIDDEN;
        }
        log.info("No page at /{}", path);
        show("页面不存在", "您访问的地址不存在，可能已被移动或输入有误。");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
