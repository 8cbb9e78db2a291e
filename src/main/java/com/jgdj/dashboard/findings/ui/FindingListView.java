package com.jgdj.dashboard.findings.ui;

import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.findings.FindingsService;
import com.jgdj.dashboard.findings.RuleViolation;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.submission.ui.SubmissionNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** 数字核对提示: the rule violations of a period, each opening the report at its sentence. */
@Route(FindingsNavigation.FINDINGS_ROUTE)
@PageTitle("数字核对提示")
@PermitAll
class FindingListView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<PeriodRow> period = new ComboBox<>("报送期");
    final Grid<RuleViolation> grid = new Grid<>();
    final Span summary = new Span();
    private final FindingsService service;
    private final List<PeriodRow> periods;

    FindingListView(FindingsService service, ReportingPeriodService periodService) {
        this.service = service;
        this.periods = periodService.list();
        setSizeFull();
        period.setItems(periods);
        period.setItemLabelGenerator(PeriodRow::name);
        period.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                FindingsNavigation.toFindings(e.getValue().id());
            }
        });
        add(new ViewHeader("数字核对提示"), period, summary);
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
    public void beforeEnter(BeforeEnterEvent event) {
        Long wanted = UrlParams.longParam(event.getLocation().getQueryParameters().getParameters(), "period")
                .orElse(null);
        PeriodRow selected = periods.stream().filter(p -> wanted != null && p.id() == wanted).findFirst()
                .or(() -> ReportingPeriodService.current(periods)).or(() -> periods.stream().findFirst()).orElse(null);
        period.setValue(selected);
        if (selected == null) {
            grid.setItems(List.of());
            return;
        }
        long periodId = selected.id();
        long count = service.violationCount(periodId);
        summary.setText("共 " + count + " 条提示（提示不自动扣分）");
        // lazy: every rule is evaluated in SQL, the grid fetches one page at a time
        grid.setItems(q -> service.violations(periodId, null, q.getOffset(), q.getLimit()).stream(), q -> (int) count);
    }
}
