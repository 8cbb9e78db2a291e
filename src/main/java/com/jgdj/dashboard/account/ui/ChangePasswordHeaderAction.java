package com.jgdj.dashboard.account.ui;

import com.jgdj.dashboard.base.ui.HeaderAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** 修改密码 in the shell's header, for every signed-in user. */
@org.springframework.stereotype.Component
class ChangePasswordHeaderAction implements HeaderAction {

    @Override
    public com.vaadin.flow.component.Component create() {
        Button password = new Button("修改密码", VaadinIcon.KEY.create(), e -> AccountNavigation.toChangePassword());
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setId("change-password");
        return password;
    }
}
