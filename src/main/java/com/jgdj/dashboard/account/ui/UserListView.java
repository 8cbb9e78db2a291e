package com.jgdj.dashboard.account.ui;

import com.jgdj.dashboard.account.UserForm;
import com.jgdj.dashboard.account.UserRow;
import com.jgdj.dashboard.account.UserService;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/** 用户管理 (administrators): every user with its role, unit and sign-in state; add, edit, disable, reset, unlock. */
@Route(AccountNavigation.USERS)
@PageTitle("用户管理")
@Menu(order = 90, icon = "vaadin:users", title = "用户管理")
@RolesAllowed("ADMIN")
class UserListView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(UserListView.class);

    final TextField filter = new TextField();
    final Grid<UserRow> grid = new Grid<>(UserRow.class, false);
    final Button add = new Button("新增用户", VaadinIcon.PLUS.create());

    private final UserService service;
    private final OrgUnitService units;
    private final Clock clock;

    UserListView(UserService service, OrgUnitService units, Clock clock) {
        this.service = service;
        this.units = units;
        this.clock = clock;
        setSizeFull();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new UserEditor(service, units,
                new UserForm(null, null, "", "", null, null, null), this::refresh).open());
        add(new ViewHeader("用户管理", add));
        filter.setPlaceholder("按用户名、姓名或单位筛选");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.setWidth("24em");
        add(filter);

        grid.addColumn(UserRow::username).setHeader("用户名").setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader("姓名").setAutoWidth(true);
        grid.addColumn(r -> r.role().label()).setHeader("角色").setAutoWidth(true);
        grid.addColumn(r -> r.unitName() == null ? "" : r.unitName()).setHeader("所属单位").setFlexGrow(2);
        grid.addColumn(r -> r.enabled() ? "在用" : "已停用").setHeader("状态").setAutoWidth(true);
        grid.addColumn(this::lockLabel).setHeader("锁定至").setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.lastSignInAt())).setHeader("最近登录").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("操作").setAutoWidth(true);
        grid.setSizeFull();
        grid.setItems(q -> service.page(filter.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(filter.getValue()));
        add(grid);
    }

    private String lockLabel(UserRow row) {
        return row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(Instant.now(clock))
                ? Formats.dateTime(row.lockedUntil()) : "";
    }

    private HorizontalLayout actions(UserRow row) {
        Button edit = small("编辑", () -> new UserEditor(service, units, UserForm.of(row), this::refresh).open());
        Button toggle = small(row.enabled() ? "停用" : "启用", () -> {
            service.setEnabled(row.id(), row.version(), !row.enabled());
            Notifications.success((row.enabled() ? "已停用：" : "已启用：") + row.username());
        });
        Button reset = small("重置密码", () -> resetDialog(row).open());
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, reset);
        if (!lockLabel(row).isEmpty()) {
            actions.add(small("解除锁定", () -> {
                service.unlock(row.id());
                Notifications.success("已解除锁定：" + row.username());
            }));
        }
        actions.setSpacing(false);
        return actions;
    }

    private Button small(String text, Runnable action) {
        Button button = new Button(text, e -> {
            try {
                action.run();
                refresh();
            } catch (UserInputException ex) {
                log.info("User action refused: {}", ex.getMessage());
                Notifications.error(ex.getMessage());
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    Dialog resetDialog(UserRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("重置密码：" + row.username());
        PasswordField password = new PasswordField("新密码");
        password.setHelperText(com.jgdj.dashboard.account.PasswordRules.HINT + "；用户下次登录后须修改");
        dialog.add(password);
        Button save = new Button("重置", e -> {
            try {
                service.resetPassword(row.id(), row.version(), password.getValue());
                Notifications.success("已重置密码：" + row.username());
                dialog.close();
                refresh();
            } catch (UserInputException ex) {
                log.info("Password not reset: {}", ex.getMessage());
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), save);
        return dialog;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
