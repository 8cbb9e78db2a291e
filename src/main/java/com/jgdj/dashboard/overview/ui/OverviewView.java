package com.jgdj.dashboard.overview.ui;

import com.jgdj.dashboard.findings.FindingCounts;
import com.jgdj.dashboard.findings.FindingsFilter;
import com.jgdj.dashboard.findings.ui.FindingsNavigation;
import com.jgdj.dashboard.similarity.SimilarityFilter;
import com.jgdj.dashboard.similarity.ui.SimilarityNavigation;
import com.vaadin.flow.component.html.Anchor;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.ui.Markup;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.indicator.IndicatorRow;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.orgunit.CategoryOption;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.orgunit.UnitOption;
import com.jgdj.dashboard.overview.DashboardData;
import com.jgdj.dashboard.overview.DashboardFilter;
import com.jgdj.dashboard.overview.DashboardService;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 总览: for a period (and optionally a category and a grade, all kept in the URL) the key figures and the charts,
 * each chart a door to the units behind it.
 */
@Route(DashboardNavigation.ROUTE)
@PageTitle("总览")
@Menu(order = 0, icon = "vaadin:dashboard", title = "总览")
@PermitAll
class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    static final String DEFAULT_INDICATOR = "中心组学习";

    final ComboBox<PeriodRow> period = new ComboBox<>("报送期");
    final ComboBox<CategoryOption> category = new ComboBox<>("单位类别");
    final ComboBox<UnitOption> parent = new ComboBox<>("上级单位");
    final ComboBox<Grade> grade = new ComboBox<>("考核等次");
    final ComboBox<IndicatorRow> indicator = new ComboBox<>("统计指标");
    final FlexLayout kpis = new FlexLayout();
    final FlexLayout cards = new FlexLayout();
    final Span printLine = new Span();
    final Map<String, ChartCard> shown = new LinkedHashMap<>();

    private final DashboardService service;
    private final OrgUnitService units;
    private final Clock clock;
    private final List<PeriodRow> periods;
    private boolean restoring;

    OverviewView(DashboardService service, ReportingPeriodService periodService, OrgUnitService units,
                 IndicatorService indicators, Clock clock) {
        this.service = service;
        this.units = units;
        this.clock = clock;
        this.periods = periodService.list();
        setSizeFull();
        period.setItems(periods);
        period.setItemLabelGenerator(PeriodRow::name);
        category.setItems(units.categories());
        category.setItemLabelGenerator(CategoryOption::name);
        category.setPlaceholder("全部类别");
        parent.setItems(q -> units.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        parent.setItemLabelGenerator(UnitOption::name);
        parent.setPlaceholder("全部单位");
        parent.setId("overview-parent");
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(Grade::label);
        grade.setPlaceholder("全部等次");
        List<IndicatorRow> active = indicators.list().stream().filter(IndicatorRow::active).toList();
        indicator.setItems(active);
        indicator.setItemLabelGenerator(IndicatorRow::name);
        active.stream().filter(i -> i.name().equals(DEFAULT_INDICATOR)).findFirst()
                .or(() -> active.stream().findFirst()).ifPresent(indicator::setValue);
        for (ComboBox<?> box : List.of(category, parent, grade)) {
            box.setClearButtonVisible(true);
        }
        for (ComboBox<?> box : List.of(period, category, parent, grade, indicator)) {
            box.addValueChangeListener(e -> filtersChanged());
        }
        Button print = new Button("打印", VaadinIcon.PRINT.create(), e -> e.getSource().getElement()
                .executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.addClassName("no-print");
        HorizontalLayout filters = new HorizontalLayout(period, category, parent, grade, indicator);
        filters.addClassName("no-print");
        filters.setWrap(true);
        printLine.addClassName("print-only");
        kpis.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        kpis.addClassName("kpi-row");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("card-grid");
        cards.setWidthFull();
        add(new ViewHeader("总览", print), printLine, filters, kpis, cards);
    }

    Optional<DashboardFilter> filter() {
        return Optional.ofNullable(period.getValue()).map(p -> new DashboardFilter(p.id(),
                category.getValue() == null ? null : category.getValue().id(),
                parent.getValue() == null ? null : parent.getValue().id(), grade.getValue()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        // by default the newest period that is closed (its results are the ones to look at), else the newest
        period.setValue(UrlParams.longParam(params, UrlParams.PERIOD).flatMap(id -> periods.stream().filter(p -> p.id() == id).findFirst())
                .or(() -> periods.stream().filter(p -> p.status().name().equals("CLOSED")).findFirst())
                .orElse(periods.isEmpty() ? null : periods.getFirst()));
        category.setValue(UrlParams.longParam(params, UrlParams.CATEGORY).flatMap(id -> category.getListDataView().getItems()
                .filter(c -> c.id() == id).findFirst()).orElse(null));
        // ?parent=: a unit the user may see (the service checks the id), else no parent filter
        parent.setValue(UrlParams.longParam(params, DashboardNavigation.PARENT).flatMap(units::option).orElse(null));
        grade.setValue(UrlParams.enumParam(params, UrlParams.GRADE, Grade.class).orElse(null));
        UrlParams.longParam(params, DashboardNavigation.INDICATOR).flatMap(id -> indicator.getListDataView().getItems()
                .filter(i -> i.id() == id).findFirst()).ifPresent(indicator::setValue);
        restoring = false;
        refresh();
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        // pushState: each filter change is a step the back button returns to
        DashboardNavigation.showFilter(filter().orElse(null), indicator.getValue() == null ? null : indicator.getValue().id());
        refresh();
    }

    private void refresh() {
        kpis.removeAll();
        cards.removeAll();
        shown.clear();
        Optional<DashboardFilter> f = filter();
        if (f.isEmpty()) {
            cards.add(new Span("尚未设置报送期。"));
            return;
        }
        DashboardFilter filter = f.get();
        DashboardData data = service.load(filter, indicator.getValue() == null ? null : indicator.getValue().id());
        printLine.setText(period.getValue().name() + " · " + (category.getValue() == null ? "全部类别" : category.getValue().name())
                + (parent.getValue() == null ? "" : " · " + parent.getValue().name() + "下级单位") + " · " + (grade.getValue() == null ? "全部等次" : grade.getValue().label()) + " · 打印时间 "
                + Formats.dateTime(OffsetDateTime.now(clock)));
        showKpis(data.kpis());
        showFindings(data.findings(), DashboardService.findingsFilter(filter));
        add(DashboardCards.grades(data, filter));
        add(DashboardCards.ranking(data, filter));
        add(DashboardCards.histogram(data, filter));
        add(DashboardCards.trend(data, this::choosePeriod));
        add(DashboardCards.heatmap(data, filter));
        add(DashboardCards.completeness(data, filter));
        if (data.indicator() != null) {
            add(DashboardCards.indicator(data.indicator(), filter));
        }
    }

    private void add(ChartCard card) {
        shown.put(card.getId().orElseThrow(), card);
        cards.add(card);
    }

    private void choosePeriod(long periodId) {
        periods.stream().filter(p -> p.id() == periodId).findFirst().ifPresent(period::setValue);
    }

    private void showKpis(DashboardData.Kpis k) {
        kpis.add(kpi("应报单位", Long.toString(k.expected())),
                kpi("已报送", Long.toString(k.received())),
                kpi("按时报送", k.onTime() + "（" + Formats.percent(k.onTime(), k.expected()) + "）"),
                kpi("平均分", k.averageScore() == null ? "—" : k.averageScore().stripTrailingZeros().toPlainString()),
                kpi("优秀 / 名额", k.excellent() + " / " + k.excellentQuota()),
                kpi("有质量提示的报告", Long.toString(k.flaggedReports())),
                kpi("较差（双约谈）", Long.toString(k.poor())),
                kpi("已约谈", Long.toString(k.interviewsHeld())));
    }

    /**
     * 核查发现 under the overview's filters, each figure opening its list with the same filters: 数字核对提示,
     * 疑似雷同 (for the committee), 上期打算未落实.
     */
    private void showFindings(FindingCounts counts, FindingsFilter filter) {
        Anchor rules = FindingsNavigation.findingsAnchor(filter, kpi("数字核对提示", Long.toString(counts.ruleViolations())));
        rules.setId("kpi-rule-violations");
        kpis.add(rules);
        if (counts.copyPairs() != null) {
            Anchor copies = SimilarityNavigation.anchor(new SimilarityFilter(filter.periodId(), filter.categoryId(),
                    filter.parentUnitId(), filter.grade()), kpi("疑似雷同", Long.toString(counts.copyPairs())));
            copies.setId("kpi-copy-pairs");
            kpis.add(copies);
        }
        Anchor gaps = FindingsNavigation.planGapsAnchor(filter, kpi("上期打算未落实",
                Long.toString(counts.uncoveredPlanItems())));
        gaps.setId("kpi-plan-gaps");
        kpis.add(gaps);
    }

    /**
     * A figure tile as one element holding its markup: built of components (card, value, caption, a wrapper and their
     * texts) a tile was six state nodes, the eleven tiles 66 of the 165 a signed-in overview session kept on the
     * server (the load run's session memory). Both strings are escaped.
     */
    static Html kpi(String label, String value) {
        return new Html("<div class=\"kpi-card\"><span class=\"kpi-value\">" + Markup.text(value)
                + "</span><span class=\"kpi-label\">" + Markup.text(label) + "</span></div>");
    }
}
