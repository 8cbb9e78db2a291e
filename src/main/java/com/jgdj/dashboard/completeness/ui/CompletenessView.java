package com.jgdj.dashboard.completeness.ui;

import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.base.ui.chart.ApexChart;
import com.jgdj.dashboard.completeness.CategoryCompletenessRow;
import com.jgdj.dashboard.completeness.CompletenessFilter;
import com.jgdj.dashboard.completeness.CompletenessService;
import com.jgdj.dashboard.completeness.UnitCompletenessRow;
import com.jgdj.dashboard.orgunit.ui.OrgUnitNavigation;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.submission.ui.SubmissionNavigation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 报送情况: per period, expected / received / on time / late / missing by category and by unit, exportable. */
@Route(CompletenessNavigation.ROUTE)
@PageTitle("报送情况")
@Menu(order = 5, icon = "vaadin:check-square-o", title = "报送情况")
@PermitAll
class CompletenessView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<PeriodRow> period = new ComboBox<>("报送期");
    final ComboBox<CategoryCompletenessRow> category = new ComboBox<>("单位类别");
    final ComboBox<CompletenessFilter.State> state = new ComboBox<>("报送情况");
    final Grid<CategoryCompletenessRow> categories = new Grid<>();
    final Grid<UnitCompletenessRow> units = new Grid<>();
    final Span total = new Span();
    ApexChart chart;
    private final HorizontalLayout chartHolder = new HorizontalLayout();
    private final CompletenessService service;
    private final List<PeriodRow> periods;
    private boolean restoring;

    CompletenessView(CompletenessService service, ReportingPeriodService periodService) {
        this.service = service;
        this.periods = periodService.list();
        setSizeFull();
        period.setItems(periods);
        period.setItemLabelGenerator(PeriodRow::name);
        category.setItemLabelGenerator(CategoryCompletenessRow::categoryName);
        category.setClearButtonVisible(true);
        category.setPlaceholder("全部类别");
        state.setItems(CompletenessFilter.State.values());
        state.setItemLabelGenerator(CompletenessFilter.State::label);
        state.setClearButtonVisible(true);
        state.setPlaceholder("全部");
        period.addValueChangeListener(e -> periodChanged());
        category.addValueChangeListener(e -> filterChanged());
        state.addValueChangeListener(e -> filterChanged());

        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = service.exportXlsx(filter().orElseThrow(), period.getValue().name(), filterDescription());
            return new DownloadResponse(new ByteArrayInputStream(bytes), period.getValue().name() + "报送情况.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "导出 Excel");
        add(new ViewHeader("报送情况", export), new HorizontalLayout(period, category, state));

        categories.addColumn(CategoryCompletenessRow::categoryName).setHeader("单位类别");
        categories.addColumn(CategoryCompletenessRow::expected).setHeader("应报单位");
        categories.addColumn(CategoryCompletenessRow::received).setHeader("已报送");
        categories.addColumn(CategoryCompletenessRow::onTime).setHeader("按时");
        categories.addColumn(CategoryCompletenessRow::late).setHeader("逾期");
        categories.addColumn(CategoryCompletenessRow::missing).setHeader("未报送");
        categories.addColumn(r -> Formats.percent(r.onTime(), r.expected())).setHeader("按时率");
        categories.addItemClickListener(e -> category.setValue(e.getItem()));
        categories.setAllRowsVisible(true);
        chartHolder.setWidthFull();
        add(chartHolder, categories);

        units.addColumn(UnitCompletenessRow::unitName).setHeader("单位").setFlexGrow(3);
        units.addColumn(UnitCompletenessRow::categoryName).setHeader("类别").setAutoWidth(true);
        units.addColumn(UnitCompletenessRow::state).setHeader("报送情况").setAutoWidth(true)
                .setPartNameGenerator(r -> r.submissionId() == null || Boolean.TRUE.equals(r.late()) ? "late" : null);
        units.addColumn(r -> Formats.dateTime(r.submittedAt())).setHeader("报送时间").setAutoWidth(true);
        units.addColumn(UnitCompletenessRow::contactName).setHeader("联系人").setAutoWidth(true);
        units.addColumn(UnitCompletenessRow::contactPhone).setHeader("联系电话").setAutoWidth(true);
        units.addItemClickListener(e -> {
            if (e.getItem().submissionId() != null) {
                SubmissionNavigation.toSubmission(e.getItem().submissionId());
            } else {
                OrgUnitNavigation.toUnit(UnitId.of(e.getItem().unitId()));
            }
        });
        units.setItems(q -> filter().map(f -> service.units(f, q.getOffset(), q.getLimit()).stream())
                        .orElse(java.util.stream.Stream.empty()),
                q -> filter().map(f -> (int) service.count(f)).orElse(0));
        units.setMinHeight("24em");
        add(new HorizontalLayout(new H3("各单位"), total), units);
    }

    Optional<CompletenessFilter> filter() {
        if (period.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new CompletenessFilter(period.getValue().id(),
                category.getValue() == null ? null : category.getValue().categoryId(), state.getValue()));
    }

    private String filterDescription() {
        String c = category.getValue() == null ? "全部类别" : category.getValue().categoryName();
        String s = state.getValue() == null ? "全部单位" : "仅" + state.getValue().label();
        return c + "，" + s;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        PeriodRow chosen = UrlParams.longParam(params, UrlParams.PERIOD).flatMap(id -> periods.stream().filter(p -> p.id() == id).findFirst())
                .orElse(periods.isEmpty() ? null : periods.getFirst());
        period.setValue(chosen);
        periodChanged();
        UrlParams.longParam(params, UrlParams.CATEGORY).flatMap(id -> category.getListDataView().getItems()
                .filter(c -> c.categoryId() == id).findFirst()).ifPresent(category::setValue);
        UrlParams.enumParam(params, CompletenessNavigation.STATE, CompletenessFilter.State.class).ifPresent(state::setValue);
        restoring = false;
        refreshUnits();
    }

    private void periodChanged() {
        boolean wasRestoring = restoring;
        restoring = true;
        List<CategoryCompletenessRow> rows = period.getValue() == null ? List.of() : service.byCategory(period.getValue().id());
        Long keep = category.getValue() == null ? null : category.getValue().categoryId();
        categories.setItems(rows);
        category.setItems(rows);
        category.setValue(rows.stream().filter(r -> keep != null && r.categoryId() == keep).findFirst().orElse(null));
        chartHolder.removeAll();
        chart = new ApexChart(CompletenessChart.of(rows.stream()
                .map(r -> new CompletenessChart.Bar(r.categoryName(), r.onTime(), r.late(), r.missing())).toList()));
        chart.setId("completeness-by-category");
        chart.addPointClickListener(e -> {
            category.setValue(rows.get(e.getDataPointIndex()));
            state.setValue(CompletenessChart.state(e.getSeriesIndex()));
        });
        chartHolder.add(chart);
        restoring = wasRestoring;
        filterChanged();
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        CompletenessNavigation.showFilter(filter().orElse(null));
        refreshUnits();
    }

    private void refreshUnits() {
        units.getDataProvider().refreshAll();
        total.setText(filter().map(f -> "共 " + service.count(f) + " 个单位").orElse(""));
    }
}
