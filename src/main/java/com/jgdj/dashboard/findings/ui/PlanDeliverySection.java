package com.jgdj.dashboard.findings.ui;

import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.findings.FindingsService;
import com.jgdj.dashboard.findings.PlanDelivery;
import com.jgdj.dashboard.findings.PlanItemMatch;
import com.jgdj.dashboard.orgunit.ui.UnitPage;
import com.jgdj.dashboard.orgunit.ui.UnitPageContext;
import com.jgdj.dashboard.orgunit.ui.UnitPageSection;
import com.jgdj.dashboard.submission.ui.SubmissionNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Optional;

/**
 * The unit page's 上期工作打算落实情况: each plan item of the previous report, the passage of this report's work part
 * that matches it best and the score; items below the threshold are 未见落实.
 */
@org.springframework.core.annotation.Order(5)
@org.springframework.stereotype.Component
class PlanDeliverySection implements UnitPageSection {

    private final FindingsService service;

    PlanDeliverySection(FindingsService service) {
        this.service = service;
    }

    @Override
    public Optional<Component> create(UnitPageContext context, UnitPage page) {
        Optional<Long> period = context.periodId() != null ? Optional.of(context.periodId())
                : service.latestReportedPeriod(context.unitId());
        Optional<PlanDelivery> found = period.flatMap(p -> service.planDelivery(context.unitId(), p));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PlanDelivery delivery = found.get();
        Paragraph summary = new Paragraph(delivery.planPeriodName() + "报告的工作打算共" + delivery.items().size()
                + "项，本期工作部分可见落实" + delivery.coveredCount() + "项（"
                + Formats.percent(delivery.coveredCount(), delivery.items().size()) + "）；按用词相近程度估计，仅供参考。");
        summary.setId("plan-delivery-summary");
        Grid<PlanItemMatch> grid = new Grid<>();
        grid.addComponentColumn(m -> link(delivery.planSubmissionId(), m.item().text(), m.item().start()))
                .setHeader("上期工作打算").setFlexGrow(3);
        grid.addColumn(m -> m.covered() ? m.percent() : m.percent() + " 未见落实").setHeader("相近度").setAutoWidth(true);
        grid.addComponentColumn(m -> m.delivery() == null || !m.covered() ? new Span("—")
                : link(delivery.workSubmissionId(), m.delivery().text(), m.delivery().start()))
                .setHeader("本期最相近的工作").setFlexGrow(3);
        // one unit's plan: a handful of rows
        grid.setItems(delivery.items());
        grid.setAllRowsVisible(true);
        VerticalLayout section = new VerticalLayout(new H3("上期工作打算落实情况"), summary, grid);
        section.setPadding(false);
        section.setId("unit-plan-delivery");
        return Optional.of(section);
    }

    private static Component link(long submissionId, String text, int offset) {
        Button b = new Button(text.length() > 60 ? text.substring(0, 60) + "…" : text,
                e -> SubmissionNavigation.toSubmissionAt(submissionId, offset));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.getStyle().set("white-space", "normal").set("text-align", "left").set("height", "auto");
        return b;
    }
}
