package com.jgdj.dashboard.ranking.ui;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.assessment.Points;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.ranking.InterviewRow;
import com.jgdj.dashboard.ranking.InterviewService;
import com.jgdj.dashboard.ranking.RankingExportService;
import com.jgdj.dashboard.security.Role;
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

/** 约谈名单: units graded 较差 or ranked at the bottom of a published period, and the record of each 双约谈. */
@Route(RankingNavigation.INTERVIEWS_ROUTE)
@PageTitle("约谈名单")
@Menu(order = 55, icon = "vaadin:comments-o", title = "约谈名单")
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.LEADER_NAME})
class InterviewListView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<PeriodRow> periodFilter = new ComboBox<>();
    final Grid<InterviewRow> grid = new Grid<>(InterviewRow.class, false);
    final Span summary = new Span();

    private final InterviewService service;
    private final List<PeriodRow> periods;

    InterviewListView(InterviewService service, RankingExportService exports, ReportingPeriodService periodService) {
        this.service = service;
        this.periods = periodService.list();
        setSizeFull();
        add(new ViewHeader("约谈名单", summary,
                Downloads.anchor("导出约谈名单", () -> exports.interviews(periodFilter.getValue().id()))));
        periodFilter.setItems(periods);
        periodFilter.setItemLabelGenerator(PeriodRow::name);
        periodFilter.addValueChangeListener(e -> refresh());
        add(periodFilter);
        grid.addColumn(r -> r.overallRank() + "/" + r.units()).setHeader("名次").setAutoWidth(true);
        grid.addColumn(InterviewRow::unitName).setHeader("单位").setFlexGrow(3);
        grid.addColumn(r -> r.secretaryName() == null ? "—" : r.secretaryName()).setHeader("党组织书记").setAutoWidth(true);
        grid.addColumn(r -> Points.format(r.total())).setHeader("总分").setAutoWidth(true);
        grid.addColumn(r -> r.grade().label()).setHeader("等次").setAutoWidth(true);
        grid.addColumn(InterviewRow::reason).setHeader("列入原因").setAutoWidth(true);
        grid.addColumn(r -> r.heldOn() == null ? "未约谈" : Formats.date(r.heldOn())).setHeader("约谈日期").setAutoWidth(true);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader("约谈情况").setFlexGrow(2);
        grid.addColumn(r -> r.disqualified() ? "已取消" : "").setHeader("评优资格").setAutoWidth(true);
        grid.addItemClickListener(e -> new InterviewEditor(service, e.getItem(), periodFilter.getValue().id(),
                this::refresh).open());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long wanted = UrlParams.longParam(event.getLocation().getQueryParameters().getParameters(), UrlParams.PERIOD)
                .orElse(null);
        PeriodRow period = periods.stream().filter(p -> wanted != null && p.id() == wanted).findFirst()
                .or(() -> periods.stream().filter(p -> !service.list(p.id()).isEmpty()).findFirst())
                .or(() -> periods.stream().findFirst()).orElse(null);
        periodFilter.setValue(period);
    }

    private void refresh() {
        PeriodRow period = periodFilter.getValue();
        List<InterviewRow> rows = period == null ? List.of() : service.list(period.id());
        grid.setItems(rows);
        summary.setText(period == null ? "" : rows.isEmpty() ? "本期无约谈名单（结果通报后生成）"
                : "共 " + rows.size() + " 个单位，已约谈 " + rows.stream().filter(r -> r.heldOn() != null).count() + " 个");
    }
}
