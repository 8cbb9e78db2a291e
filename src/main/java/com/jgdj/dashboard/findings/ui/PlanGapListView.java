package com.jgdj.dashboard.findings.ui;

import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.findings.FindingsFilter;
import com.jgdj.dashboard.findings.FindingsService;
import com.jgdj.dashboard.findings.PlanGapRow;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.submission.ui.SubmissionNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * 上期打算未落实: the plan items of the units' previous reports that no passage of this period's report delivers (with
 * the overview's unit filters), each opening the previous report at the item; exportable with the other findings.
 */
@Route(FindingsNavigation.PLAN_GAPS_ROUTE)
@PageTitle("上期打算未落实")
@PermitAll
class PlanGapListView extends FindingsPage {

    final Grid<PlanGapRow> grid = new Grid<>();

    PlanGapListView(FindingsService service, ReportingPeriodService periodService, OrgUnitService units) {
        super(service, periodService, units, FindingsNavigation.PLAN_GAPS_ROUTE);
        add(new ViewHeader("上期打算未落实", export), period, filterLine, summary);
        grid.addColumn(PlanGapRow::unitName).setHeader("单位").setAutoWidth(true);
        grid.addComponentColumn(g -> {
            Button at = new Button(g.itemText(), e -> SubmissionNavigation.toSubmissionAt(g.planSubmissionId(),
                    g.itemStart()));
            at.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            at.getStyle().set("white-space", "normal").set("text-align", "left").set("height", "auto");
            return at;
        }).setHeader("上期工作打算（点击查看上期报告）").setFlexGrow(4);
        grid.addColumn(PlanGapRow::percent).setHeader("最佳匹配度").setAutoWidth(true);
        grid.addComponentColumn(g -> {
            Button report = new Button("本期报告", e -> SubmissionNavigation.toSubmission(g.submissionId()));
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return report;
        }).setHeader("").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(grid);
    }

    @Override
    void show(FindingsFilter filter) {
        long count = service.planGapCount(filter);
        summary.setText("共 " + count + " 项上期工作打算在本期报告中未见落实（按文字比对，仅供参考）");
        grid.setItems(q -> service.planGaps(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) count);
    }

    @Override
    void showNothing() {
        grid.setItems(java.util.List.of());
    }
}
