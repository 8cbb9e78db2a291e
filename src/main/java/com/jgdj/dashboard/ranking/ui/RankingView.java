package com.jgdj.dashboard.ranking.ui;

import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.assessment.Points;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.CategoryOption;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.orgunit.UnitOption;
import com.jgdj.dashboard.orgunit.ui.OrgUnitNavigation;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.ranking.RankingExportService;
import com.jgdj.dashboard.ranking.RankingFilter;
import com.jgdj.dashboard.ranking.RankingRow;
import com.jgdj.dashboard.ranking.RankingService;
import com.jgdj.dashboard.ranking.ScoreBand;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;
import java.util.Map;

/** 考核排名: a period's ranking, overall or per category, ties shown, change against the previous period. */
@Route(RankingNavigation.ROUTE)
@PageTitle("考核排名")
@Menu(order = 50, icon = "vaadin:trophy", title = "考核排名")
@PermitAll
class RankingView extends VerticalLayout implements BeforeEnterObserver {

    static final String OVERALL = "总排名";
    static final String BY_CATEGORY = "分类排名";

    final ComboBox<PeriodRow> periodFilter = new ComboBox<>();
    final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    final ComboBox<CategoryOption> categoryFilter = new ComboBox<>();
    final ComboBox<Grade> gradeFilter = new ComboBox<>();
    /** 上级单位: only the units below it (?parent=), their ranks those of the whole period. */
    final ComboBox<UnitOption> parentFilter = new ComboBox<>();
    final Grid<RankingRow> grid = new Grid<>(RankingRow.class, false);
    final Span summary = new Span();
    /** The score band from the overview's histogram (?scoreFrom=&scoreBelow=), shown with a way to drop it. */
    final Span bandLabel = new Span();
    final Button clearBand = new Button("显示全部总分");
    private ScoreBand band = ScoreBand.ALL;

    /** What later features offer for the selected period (the documents: 下载通报, 下载反馈意见). */
    final HorizontalLayout periodActions = new HorizontalLayout();
    private final List<RankingPeriodAction> actions;

    private final RankingService service;
    private final OrgUnitService units;
    private final List<PeriodRow> periods;

    RankingView(RankingService service, RankingExportService exports, ReportingPeriodService periodService,
                OrgUnitService units, ObjectProvider<RankingPeriodAction> actions) {
        this.service = service;
        this.actions = actions.orderedStream().toList();
        this.units = units;
        this.periods = periodService.list();
        setSizeFull();
        add(new ViewHeader("考核排名", summary,
                Downloads.anchor("导出排名", () -> exports.ranking(filter())),
                Downloads.anchor("导出等次名单", () -> exports.gradeList(filter().periodId())), periodActions));
        periodActions.setPadding(false);
        periodActions.setSpacing(true);

        periodFilter.setItems(periods);
        periodFilter.setItemLabelGenerator(PeriodRow::name);
        mode.setItems(OVERALL, BY_CATEGORY);
        mode.setValue(OVERALL);
        categoryFilter.setItems(units.categories());
        categoryFilter.setItemLabelGenerator(CategoryOption::name);
        categoryFilter.setPlaceholder("全部类别");
        categoryFilter.setClearButtonVisible(true);
        periodFilter.addValueChangeListener(e -> {
            showPeriodActions();
            refresh();
        });
        mode.addValueChangeListener(e -> {
            rebuildColumns();
            refresh();
        });
        categoryFilter.addValueChangeListener(e -> refresh());
        gradeFilter.setItems(Grade.values());
        gradeFilter.setItemLabelGenerator(Grade::label);
        gradeFilter.setPlaceholder("全部等次");
        gradeFilter.setClearButtonVisible(true);
        gradeFilter.addValueChangeListener(e -> refresh());
        parentFilter.setItems(q -> units.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        parentFilter.setItemLabelGenerator(UnitOption::name);
        parentFilter.setPlaceholder("全部上级单位");
        parentFilter.setClearButtonVisible(true);
        parentFilter.setAriaLabel("上级单位");
        parentFilter.setId("ranking-parent");
        parentFilter.addValueChangeListener(e -> refresh());
        bandLabel.setId("ranking-band");
        clearBand.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clearBand.addClickListener(e -> showBand(ScoreBand.ALL));
        showBand(ScoreBand.ALL);
        HorizontalLayout filters = new HorizontalLayout(periodFilter, mode, categoryFilter, parentFilter, gradeFilter,
                bandLabel,
                clearBand);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);
        grid.setSizeFull();
        grid.setPartNameGenerator(r -> r.grade() == Grade.POOR ? "poor" : null);
        grid.addItemClickListener(e -> OrgUnitNavigation.toUnit(UnitId.of(e.getItem().unitId())));
        rebuildColumns();
        add(grid);
    }

    private boolean byCategory() {
        return BY_CATEGORY.equals(mode.getValue());
    }

    RankingFilter filter() {
        CategoryOption c = categoryFilter.getValue();
        UnitOption parent = parentFilter.getValue();
        return new RankingFilter(periodFilter.getValue().id(), c == null ? null : c.id(),
                parent == null ? null : parent.id(), byCategory());
    }

    private void rebuildColumns() {
        grid.removeAllColumns();
        boolean cat = byCategory();
        grid.addColumn(r -> RankingRow.rankLabel(cat ? r.categoryRank() : r.overallRank(),
                cat ? r.tiedInCategory() : r.tiedOverall())).setHeader(cat ? "类别内名次" : "名次").setAutoWidth(true);
        grid.addColumn(RankingRow::unitName).setHeader("单位").setFlexGrow(3);
        grid.addColumn(RankingRow::categoryName).setHeader("类别").setAutoWidth(true);
        grid.addColumn(r -> Points.format(r.total())).setHeader("总分").setAutoWidth(true);
        grid.addColumn(r -> r.grade().label()).setHeader("等次").setAutoWidth(true);
        grid.addColumn(r -> RankingRow.changeLabel(cat ? r.categoryChange() : r.overallChange()))
                .setHeader("较上期").setAutoWidth(true);
        grid.addColumn(r -> r.standing(cat)).setHeader(cat ? "类别内百分位" : "百分位").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("状态").setAutoWidth(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Long wanted = UrlParams.longParam(params, UrlParams.PERIOD).orElse(null);
        // by default the newest period that has a ranking
        PeriodRow period = periods.stream().filter(p -> wanted != null && p.id() == wanted).findFirst()
                .or(() -> periods.stream()
                        .filter(p -> service.count(new RankingFilter(p.id(), null, false), null) > 0).findFirst())
                .or(() -> periods.stream().findFirst()).orElse(null);
        periodFilter.setValue(period);
        // the overview's grade slices open this list with ?category=…&grade=…
        UrlParams.longParam(params, UrlParams.CATEGORY)
                .flatMap(c -> categoryFilter.getListDataView().getItems().filter(o -> o.id() == c).findFirst())
                .ifPresent(categoryFilter::setValue);
        UrlParams.enumParam(params, UrlParams.GRADE, Grade.class).ifPresent(gradeFilter::setValue);
        // ?parent=: a unit the user may see (the service checks the id), else no parent filter
        parentFilter.setValue(UrlParams.longParam(params, RankingNavigation.PARENT).flatMap(units::option)
                .orElse(null));
        // the overview's histogram bars open this list with ?scoreFrom=…&scoreBelow=…
        showBand(new ScoreBand(UrlParams.decimalParam(params, RankingNavigation.SCORE_FROM).orElse(null),
                UrlParams.decimalParam(params, RankingNavigation.SCORE_BELOW).orElse(null)));
    }

    private void showPeriodActions() {
        periodActions.removeAll();
        if (periodFilter.getValue() != null) {
            long periodId = periodFilter.getValue().id();
            actions.forEach(a -> a.create(periodId).ifPresent(periodActions::add));
        }
    }

    private void showBand(ScoreBand band) {
        this.band = band;
        bandLabel.setText(band.isAll() ? "" : "总分区间：" + band.label());
        bandLabel.setVisible(!band.isAll());
        clearBand.setVisible(!band.isAll());
        refresh();
    }

    private void refresh() {
        if (periodFilter.getValue() == null) {
            grid.setItems(List.of());
            summary.setText("");
            return;
        }
        // lazy: the window functions rank the whole period in SQL, the grid fetches one page at a time
        RankingFilter filter = filter();
        Grade grade = gradeFilter.getValue();
        ScoreBand scores = band;
        grid.setItems(q -> service.page(filter, grade, scores, q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(filter, grade, scores));
        summary.setText("共 " + service.count(filter, grade, scores) + " 个单位");
    }
}
