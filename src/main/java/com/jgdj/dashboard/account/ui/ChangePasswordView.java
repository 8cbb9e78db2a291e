package com.jgdj.dashboard.account.ui;

import com.jgdj.dashboard.account.PasswordRules;
import com.jgdj.dashboard.account.UserService;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 修改密码: every user's own password; the page a user is held on while its password was set by someone else. */
@Route(AccountNavigation.CHANGE_PASSWORD)
@PageTitle("修改密码")
@PermitAll
class ChangePasswordView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ChangePasswordView.class);

    final Paragraph notice = new Paragraph("您的密码由管理员设置，请先修改密码再继续使用。");
    final PasswordField current = new PasswordField("当前密码");
    final PasswordField next = new PasswordField("新密码");
    final PasswordField repeat = new PasswordField("再次输入新密码");
    final Button save = new Button("修改密码");

    ChangePasswordView(UserService service) {
        notice.setId("must-change-password");
        notice.setVisible(service.mustChangePassword());
        next.setHelperText(PasswordRules.HINT);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                if (!next.getValue().equals(repeat.getValue())) {
                    throw new UserInputException("两次输入的新密码不一致");
                }
                service.changeOwnPassword(current.getValue(), next.getValue());
                Notifications.success("密码已修改");
                AccountNavigation.toHome();
            } catch (UserInputException ex) {
                log.info("Password not changed: {}", ex.getMessage());
                Notifications.error(ex.getMessage());
            }
        });
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("32em");
        add(new ViewHeader("修改密码"), notice, form, save);
    }
}
