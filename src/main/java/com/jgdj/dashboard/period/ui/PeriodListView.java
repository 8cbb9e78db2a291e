package com.jgdj.dashboard.period.ui;

import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.PeriodStatus;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;

/** 报送期: the reporting periods with their deadlines; administrators add, edit, close and reopen them. */
@Route("periods")
@PageTitle("报送期")
@Menu(order = 20, icon = "vaadin:calendar", title = "报送期")
@PermitAll
class PeriodListView extends VerticalLayout {

    final Grid<PeriodRow> grid = new Grid<>(PeriodRow.class, false);
    final Button add = new Button("新增报送期", VaadinIcon.PLUS.create());

    private final ReportingPeriodService service;

    PeriodListView(ReportingPeriodService service, CurrentUser currentUser, Clock clock) {
        this.service = service;
        setSizeFull();
        boolean admin = currentUser.hasRole(Role.ADMIN);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(admin);
        add.addClickListener(e -> new PeriodEditor(service, null, LocalDate.now(clock).getYear(), this::refresh).open());
        add(new ViewHeader("报送期", add));

        grid.addColumn(PeriodRow::name).setHeader("报送期").setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.deadline())).setHeader("报送截止日期").setAutoWidth(true);
        grid.addColumn(p -> p.phase().label()).setHeader("状态").setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(this::actions).setHeader("操作").setAutoWidth(true);
        }
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private HorizontalLayout actions(PeriodRow period) {
        Button edit = new Button("编辑", e -> new PeriodEditor(service, period, period.year(), this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        boolean open = period.status() == PeriodStatus.OPEN;
        Button toggle = new Button(open ? "关闭" : "重新开放", e -> {
            try {
                service.setStatus(period.id(), period.version(), open ? PeriodStatus.CLOSED : PeriodStatus.OPEN);
                Notifications.success(period.name() + (open ? " 已关闭" : " 已重新开放"));
            } finally {
                refresh();
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(edit, toggle);
    }

    private void refresh() {
        // two periods a year: the whole list is a handful of rows
        grid.setItems(service.list());
    }
}
