package com.jgdj.dashboard.findings.ui;

import com.jgdj.dashboard.findings.FindingsService;
import com.jgdj.dashboard.findings.RuleViolation;
import com.jgdj.dashboard.orgunit.ui.UnitPage;
import com.jgdj.dashboard.orgunit.ui.UnitPageContext;
import com.jgdj.dashboard.orgunit.ui.UnitPageSection;
import com.jgdj.dashboard.submission.ui.SubmissionNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.Optional;

/** The unit page's 数字核对提示: the rule violations in the unit's report of the period shown, each with its sentence. */
@org.springframework.core.annotation.Order(6)
@org.springframework.stereotype.Component
class RuleViolationSection implements UnitPageSection {

    private static final int MAX_SHOWN = 50;

    private final FindingsService service;

    RuleViolationSection(FindingsService service) {
        this.service = service;
    }

    @Override
    public Optional<Component> create(UnitPageContext context, UnitPage page) {
        Optional<Long> period = context.periodId() != null ? Optional.of(context.periodId())
                : service.latestReportedPeriod(context.unitId());
        if (period.isEmpty()) {
            return Optional.empty();
        }
        List<RuleViolation> rows = service.violations(period.get(), context.unitId(), 0, MAX_SHOWN);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        for (RuleViolation v : rows) {
            Button at = new Button("原文：" + v.text(),
                    e -> SubmissionNavigation.toSubmissionAt(v.submissionId(), v.startOffset()));
            at.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.add(new ListItem(new Span(v.message() + "（" + v.ruleName() + "） "), at));
        }
        VerticalLayout section = new VerticalLayout(new H3("数字核对提示"), list);
        section.setPadding(false);
        section.setId("unit-rule-violations");
        return Optional.of(section);
    }
}
