package com.jgdj.dashboard.findings.ui;

import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.findings.FindingsFilter;
import com.jgdj.dashboard.findings.FindingsService;
import com.jgdj.dashboard.findings.RuleViolation;
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
 * 数字核对提示: the rule violations of a period (with the overview's unit filters from the address), each opening the
 * report at its sentence; exportable with the other findings.
 */
@Route(FindingsNavigation.FINDINGS_ROUTE)
@PageTitle("数字核对提示")
@PermitAll
class FindingListView extends FindingsPage {

    final Grid<RuleViolation> grid = new Grid<>();

    FindingListView(FindingsService service, ReportingPeriodService periodService, OrgUnitService units) {
        super(service, periodService, units, FindingsNavigation.FINDINGS_ROUTE);
        add(new ViewHeader("数字核对提示", export), period, filterLine, summary);
        grid.addColumn(RuleViolation::unitName).setHeader("单位").setAutoWidth(true);
        grid.addColumn(RuleViolation::ruleName).setHeader("规则").setFlexGrow(2);
        grid.addColumn(RuleViolation::message).setHeader("提示").setFlexGrow(3);
        grid.addComponentColumn(v -> {
            Button at = new Button(v.text(), e -> SubmissionNavigation.toSubmissionAt(v.submissionId(), v.startOffset()));
            at.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            at.getStyle().set("white-space", "normal").set("text-align", "left").set("height", "auto");
            return at;
        }).setHeader("原文").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(grid);
    }

    @Override
    void show(FindingsFilter filter) {
        long count = service.violationCount(filter);
        summary.setText("共 " + count + " 条提示（提示不自动扣分）");
        // lazy: every rule is evaluated in SQL, the grid fetches one page at a time
        grid.setItems(q -> service.violations(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) count);
    }

    @Override
    void showNothing() {
        grid.setItems(java.util.List.of());
    }
}
