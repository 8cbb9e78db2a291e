package com.jgdj.dashboard.account.ui;

import com.jgdj.dashboard.account.UserService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Holds a user whose password was set by an administrator on 修改密码 until it has chosen its own. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final UserService users;

    PasswordChangeGuard(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != ChangePasswordView.class
                && !event.getNavigationTarget().getSimpleName().equals("LoginView")
                && users.mustChangePassword()) {
            AccountNavigation.forwardToChangePassword(event);
        }
    }
}
