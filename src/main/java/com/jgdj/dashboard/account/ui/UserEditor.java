package com.jgdj.dashboard.account.ui;

import com.jgdj.dashboard.account.PasswordRules;
import com.jgdj.dashboard.account.UserForm;
import com.jgdj.dashboard.account.UserService;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.orgunit.UnitOption;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialog to add a user (with its first password) or to change a user's name, role and unit. */
class UserEditor extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(UserEditor.class);

    final TextField username = new TextField("用户名");
    final TextField displayName = new TextField("姓名");
    final ComboBox<Role> role = new ComboBox<>("角色");
    final ComboBox<UnitOption> unit = new ComboBox<>("所属单位（单位联络员）");
    final PasswordField password = new PasswordField("初始密码");
    final Button save = new Button("保存");

    private final UserForm original;

    UserEditor(UserService service, OrgUnitService units, UserForm form, Runnable onSaved) {
        this.original = form;
        boolean creating = form.id() == null;
        setHeaderTitle(creating ? "新增用户" : "编辑用户");
        username.setValue(form.username() == null ? "" : form.username());
        username.setReadOnly(!creating);
        displayName.setValue(form.displayName() == null ? "" : form.displayName());
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(form.role() == null ? Role.REPORTER : form.role());
        unit.setItemLabelGenerator(UnitOption::name);
        unit.setItems(q -> units.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        if (form.unitId() != null) {
            units.option(form.unitId()).ifPresent(unit::setValue);
        }
        unit.setEnabled(role.getValue() == Role.REPORTER);
        role.addValueChangeListener(e -> unit.setEnabled(e.getValue() == Role.REPORTER));
        password.setHelperText(PasswordRules.HINT + "；用户首次登录后须修改");
        password.setVisible(creating);
        add(new FormLayout(username, displayName, role, unit, password));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                UserForm edited = toForm();
                if (creating) {
                    service.create(edited);
                } else {
                    service.update(edited);
                }
                Notifications.success("已保存用户：" + username.getValue().trim());
                close();
                onSaved.run();
            } catch (UserInputException ex) {
                log.info("User not saved: {}", ex.getMessage());
                Notifications.error(ex.getMessage());
            }
        });
        getFooter().add(new Button("取消", e -> close()), save);
    }

    private UserForm toForm() {
        return new UserForm(original.id(), original.version(), username.getValue(), displayName.getValue(),
                role.getValue(), unit.getValue() == null ? null : unit.getValue().id(), password.getValue());
    }
}
