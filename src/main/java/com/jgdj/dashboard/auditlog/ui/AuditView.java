package com.jgdj.dashboard.auditlog.ui;

import com.jgdj.dashboard.auditlog.AuditFilter;
import com.jgdj.dashboard.auditlog.AuditKind;
import com.jgdj.dashboard.auditlog.AuditLogService;
import com.jgdj.dashboard.auditlog.AuditRow;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.ui.DatePickers;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.orgunit.UnitOption;
import com.jgdj.dashboard.ranking.ExportFile;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 审计日志 (administrators): every audited action, newest first, filtered by time, user, unit and kind (in the URL). */
@Route(AuditNavigation.ROUTE)
@PageTitle("审计日志")
@Menu(order = 91, icon = "vaadin:clipboard-text", title = "审计日志")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements BeforeEnterObserver {


    final DatePicker from = DatePickers.create("起始日期");
    final DatePicker to = DatePickers.create("截止日期");
    final TextField user = new TextField("用户名");
    final ComboBox<UnitOption> unit = new ComboBox<>("单位");
    final ComboBox<AuditKind> kind = new ComboBox<>("类型");
    final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
    final Span summary = new Span();
    final Anchor export;

    private final AuditLogService service;
    private final OrgUnitService units;
    private boolean reading;

    AuditView(AuditLogService service, OrgUnitService units) {
        this.service = service;
        this.units = units;
        setSizeFull();
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportFile f = service.export(filter());
            return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), ExportFile.XLSX,
                    f.bytes().length);
        }), "导出Excel");
        export.getElement().setAttribute("download", true);
        export.getElement().getThemeList().add("export");
        export.setId("audit-export");
        add(new ViewHeader("审计日志", summary, export));

        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        unit.setItemLabelGenerator(UnitOption::name);
        unit.setItems(q -> units.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        unit.setClearButtonVisible(true);
        unit.setPlaceholder("全部单位");
        kind.setItems(AuditKind.known());
        kind.setItemLabelGenerator(AuditKind::label);
        kind.setClearButtonVisible(true);
        kind.setPlaceholder("全部类型");
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        user.addValueChangeListener(e -> changed());
        unit.addValueChangeListener(e -> changed());
        kind.addValueChangeListener(e -> changed());
        HorizontalLayout filters = new HorizontalLayout(from, to, user, unit, kind);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.addColumn(r -> Formats.dateTime(r.at())).setHeader("时间").setAutoWidth(true);
        grid.addColumn(AuditRow::username).setHeader("用户").setAutoWidth(true);
        grid.addColumn(AuditRow::kindLabel).setHeader("类型").setAutoWidth(true);
        grid.addColumn(r -> orEmpty(r.unitName())).setHeader("单位").setAutoWidth(true);
        grid.addColumn(r -> orEmpty(r.periodName())).setHeader("报送期").setAutoWidth(true);
        grid.addColumn(r -> orEmpty(r.detail())).setHeader("摘要").setFlexGrow(2);
        grid.addColumn(r -> orEmpty(r.before())).setHeader("修改前").setFlexGrow(1);
        grid.addColumn(r -> orEmpty(r.after())).setHeader("修改后").setFlexGrow(1);
        grid.setSizeFull();
        grid.setItems(q -> service.page(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(filter()));
        add(grid);
        summary.setId("audit-count");
    }

    AuditFilter filter() {
        return new AuditFilter(from.getValue(), to.getValue(), user.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(),
                kind.getValue() == null ? null : kind.getValue().code());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        reading = true;
        from.setValue(dateParam(params, "from").orElse(null));
        to.setValue(dateParam(params, "to").orElse(null));
        user.setValue(Optional.ofNullable(params.get("user")).map(List::getFirst).orElse(""));
        unit.setValue(UrlParams.longParam(params, "unit").flatMap(units::option).orElse(null));
        kind.setValue(Optional.ofNullable(params.get("kind")).map(List::getFirst)
                .flatMap(k -> AuditKind.known().stream().filter(a -> a.code().equals(k)).findFirst()).orElse(null));
        reading = false;
        refresh();
    }

    private void changed() {
        if (reading) {
            return;
        }
        AuditFilter f = filter();
        Map<String, String> params = new LinkedHashMap<>();
        if (f.from() != null) {
            params.put("from", f.from().toString());
        }
        if (f.to() != null) {
            params.put("to", f.to().toString());
        }
        if (f.username() != null && !f.username().isBlank()) {
            params.put("user", f.username().trim());
        }
        if (f.unitId() != null) {
            params.put("unit", f.unitId().toString());
        }
        if (f.kind() != null) {
            params.put("kind", f.kind());
        }
        AuditNavigation.showFilter(params);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        summary.setText("共 " + service.count(filter()) + " 条");
    }

    private static Optional<LocalDate> dateParam(Map<String, List<String>> params, String name) {
        try {
            return Optional.ofNullable(params.get(name)).map(List::getFirst).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
