package com.jgdj.dashboard.similarity.ui;

import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.similarity.SimilarityFilter;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.similarity.SimilarityRow;
import com.jgdj.dashboard.similarity.SimilarityService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** 疑似雷同: the suspicious pairs of a period, most similar first; a click opens the side-by-side view. */
@Route(SimilarityNavigation.LIST)
@PageTitle("疑似雷同")
@Menu(order = 56, icon = "vaadin:copy-o", title = "疑似雷同")
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.LEADER_NAME})
class SimilarityListView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<PeriodRow> periodFilter = new ComboBox<>();
    final Grid<SimilarityRow> grid = new Grid<>(SimilarityRow.class, false);
    final Span summary = new Span();
    final Button detect = new Button("检测雷同");

    final Span filterLine = new Span();

    private final SimilarityService service;
    private final OrgUnitService units;
    private final List<PeriodRow> periods;
    private SimilarityFilter filter;

    SimilarityListView(SimilarityService service, ReportingPeriodService periodService, CurrentUser currentUser,
                       OrgUnitService units) {
        this.service = service;
        this.units = units;
        this.periods = periodService.list();
        setSizeFull();
        detect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        detect.setVisible(currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ASSESSOR));
        detect.addClickListener(e -> detect());
        add(new ViewHeader("疑似雷同", summary, detect));
        periodFilter.setItems(periods);
        periodFilter.setItemLabelGenerator(PeriodRow::name);
        periodFilter.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && filter != null) {
                // another period keeps the unit filters (the address is the page's state)
                SimilarityNavigation.toList(new SimilarityFilter(e.getValue().id(), filter.categoryId(),
                        filter.parentUnitId(), filter.grade()));
            }
        });
        filterLine.setId("similarity-filter");
        add(periodFilter, filterLine);
        grid.addColumn(SimilarityRow::unitA).setHeader("单位").setFlexGrow(2);
        grid.addColumn(r -> r.previous() ? "本单位" + r.periodB() + "报告" : r.unitB()).setHeader("相似对象").setFlexGrow(2);
        grid.addColumn(SimilarityRow::percent).setHeader("相似度").setAutoWidth(true);
        grid.addColumn(r -> r.longestPassage() + " 字").setHeader("最长雷同段落").setAutoWidth(true);
        grid.addItemClickListener(e -> SimilarityNavigation.toPair(e.getItem().id()));
        grid.setSizeFull();
        add(grid);
        add(new Span("说明：已排除多数单位共用的规范表述（如“增强‘四个意识’”等）；结果仅供参考，不直接影响评分。"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        Long wanted = UrlParams.longParam(params, UrlParams.PERIOD).orElse(null);
        PeriodRow period = periods.stream().filter(p -> wanted != null && p.id() == wanted).findFirst()
                .or(() -> periods.stream().findFirst()).orElse(null);
        filter = period == null ? null : SimilarityNavigation.filter(params, period.id());
        filterLine.setText(filter == null ? "" : units.filterDescription(filter.categoryId(), filter.parentUnitId(),
                filter.grade()));
        periodFilter.setValue(period);
        refresh();
    }

    private void detect() {
        PeriodRow period = periodFilter.getValue();
        if (period == null) {
            Notifications.error("请先选择考核期");
            return;
        }
        try {
            SimilarityService.DetectionResult r = service.detect(period.id());
            Notifications.success("已检测 " + r.reports() + " 份报告：" + r.peerPairs() + " 对单位间疑似雷同，"
                    + r.previousPairs() + " 份疑似照搬上期报告");
        } catch (UserInputException ex) {
            Notifications.error(ex.getMessage());
        }
        refresh();
    }

    private void refresh() {
        if (filter == null) {
            grid.setItems(List.of());
            summary.setText("");
            return;
        }
        SimilarityFilter f = filter;
        long count = service.count(f);
        grid.setItems(q -> service.page(f, q.getOffset(), q.getLimit()).stream(), q -> (int) count);
        summary.setText(count == 0 ? "本期暂无疑似雷同（如未检测，请点击“检测雷同”）" : "共 " + count + " 对");
    }
}
