package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.orgunit.UnitOption;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.submission.SubmissionFilter;
import com.jgdj.dashboard.submission.SubmissionRow;
import com.jgdj.dashboard.submission.SubmissionService;
import com.jgdj.dashboard.submission.SubmissionStatus;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

/** 报送材料: the latest version of every submitted report, filtered by period, unit and status (kept in the URL). */
@Route(SubmissionNavigation.LIST_ROUTE)
@PageTitle("报送材料")
@Menu(order = 30, icon = "vaadin:file-text-o", title = "报送材料")
@PermitAll
class SubmissionListView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<PeriodRow> periodFilter = new ComboBox<>();
    final ComboBox<UnitOption> unitFilter = new ComboBox<>();
    final ComboBox<SubmissionStatus> statusFilter = new ComboBox<>();
    final Grid<SubmissionRow> grid = new Grid<>(SubmissionRow.class, false);
    final Span total = new Span();

    private final SubmissionService service;
    private final OrgUnitService units;
    private final List<PeriodRow> periods;
    private boolean restoring;

    SubmissionListView(SubmissionService service, ReportingPeriodService periodService, OrgUnitService units) {
        this.service = service;
        this.units = units;
        this.periods = periodService.list();
        setSizeFull();
        add(new ViewHeader("报送材料", total));

        periodFilter.setPlaceholder("全部报送期");
        periodFilter.setItems(periods);
        periodFilter.setItemLabelGenerator(PeriodRow::name);
        unitFilter.setPlaceholder("全部单位");
        unitFilter.setWidth("22em");
        unitFilter.setItems(q -> units.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        unitFilter.setItemLabelGenerator(UnitOption::name);
        statusFilter.setPlaceholder("全部状态");
        statusFilter.setItems(SubmissionStatus.values());
        statusFilter.setItemLabelGenerator(SubmissionStatus::label);
        for (ComboBox<?> box : List.of(periodFilter, unitFilter, statusFilter)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> filterChanged());
        }
        add(new HorizontalLayout(periodFilter, unitFilter, statusFilter));

        grid.addColumn(SubmissionRow::unitName).setHeader("单位").setFlexGrow(3);
        grid.addColumn(SubmissionRow::periodName).setHeader("报送期").setAutoWidth(true);
        grid.addColumn(r -> r.title() == null ? r.fileName() : r.title()).setHeader("标题").setFlexGrow(3);
        grid.addColumn(r -> "第" + r.versionNo() + "版").setHeader("版本").setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.submittedAt())).setHeader("报送时间").setAutoWidth(true);
        grid.addColumn(r -> r.late() ? "逾期" : "按时").setHeader("时限").setAutoWidth(true)
                .setPartNameGenerator(r -> r.late() ? "late" : null);
        grid.addColumn(r -> r.status().label()).setHeader("状态").setAutoWidth(true);
        grid.addColumn(r -> r.flagCount() == 0 ? "—" : r.flagCount() + "项").setHeader("质量提示").setAutoWidth(true);
        grid.addItemClickListener(e -> SubmissionNavigation.toSubmission(e.getItem().id()));
        grid.setSizeFull();
        grid.setItems(q -> service.list(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(filter()));
        add(grid);
    }

    SubmissionFilter filter() {
        return new SubmissionFilter(
                periodFilter.getValue() == null ? null : periodFilter.getValue().id(),
                unitFilter.getValue() == null ? null : unitFilter.getValue().id(),
                statusFilter.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        periodFilter.setValue(UrlParams.longParam(params, UrlParams.PERIOD)
                .flatMap(id -> periods.stream().filter(p -> p.id() == id).findFirst()).orElse(null));
        unitFilter.setValue(UrlParams.longParam(params, UrlParams.UNIT).flatMap(units::option).orElse(null));
        statusFilter.setValue(UrlParams.enumParam(params, SubmissionNavigation.STATUS, SubmissionStatus.class).orElse(null));
        restoring = false;
        refresh();
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        SubmissionFilter f = filter();
        SubmissionNavigation.showList(f.periodId() == null ? null : PeriodId.of(f.periodId()),
                f.unitId() == null ? null : UnitId.of(f.unitId()), f.status());
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText("共 " + service.count(filter()) + " 份");
    }
}
