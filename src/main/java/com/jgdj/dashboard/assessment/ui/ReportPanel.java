package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.submission.ui.SubmissionNavigation;
import com.jgdj.dashboard.assessment.EvidenceKind;
import com.jgdj.dashboard.assessment.ReportHint;
import com.jgdj.dashboard.assessment.ReportHints;
import com.jgdj.dashboard.findings.ReportFindings;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.period.PeriodKind;
import com.jgdj.dashboard.submission.ReportAnalysis;
import com.jgdj.dashboard.submission.SubmissionDetails;
import com.jgdj.dashboard.submission.SubmissionReport;
import com.jgdj.dashboard.submission.ui.ReportReader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.function.Consumer;

/**
 * The unit's report beside the form: hints from what the parser read (never points), and the report text with
 * its counts and flags marked, scrollable to any place.
 */
class ReportPanel extends VerticalLayout {

    final VerticalLayout hints = new VerticalLayout();
    ReportReader reader;
    List<ReportHint> found = List.of();

    ReportPanel(SubmissionReport read, ReportFindings findings, Consumer<ReportHint> useAsEvidence, boolean mayUse) {
        setPadding(false);
        setHeightFull();
        if (read == null) {
            add(new Span("本单位本期未报送工作汇报。"));
            return;
        }
        SubmissionDetails report = read.details();
        ReportAnalysis analysis = read.analysis();
        add(SubmissionNavigation.anchor(report.id(), (report.title() == null ? "工作汇报" : report.title())
                + "（第" + report.versionNo() + "版" + (report.late() ? "，逾期" : "") + "）"));
        hints.setPadding(false);
        hints.setSpacing(false);
        hints.addClassName("report-hints");
        hints.add(new H4("报告提示（仅供参考，不自动计分）"));
        found = new java.util.ArrayList<>(ReportHints.from(analysis, report.periodKind() == PeriodKind.ANNUAL,
                findings.minimums()));
        found.addAll(ReportHints.from(findings));
        reader = ReportReader.textOnly(report.fullText(), analysis);
        reader.addClassName("report-scroll");
        for (ReportHint hint : found) {
            hints.add(hintLine(hint, useAsEvidence, mayUse));
        }
        if (mayUse) {
            Button quote = new Button("引用所选原文作为依据", e -> reader.requestSelection((start, end) -> {
                String quoted = report.fullText().substring(start, Math.min(end, report.fullText().length()));
                useAsEvidence.accept(new ReportHint(EvidenceKind.SENTENCE, "原文", start, end,
                        quoted.length() > 1000 ? quoted.substring(0, 1000) : quoted));
            }, () -> Notifications.error("请先在报告原文中选中一段文字")));
            quote.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            hints.add(quote);
        }
        add(hints, reader);
        setFlexGrow(1, reader);
        reader.setMinHeight("0");
    }

    private HorizontalLayout hintLine(ReportHint hint, Consumer<ReportHint> useAsEvidence, boolean mayUse) {
        HorizontalLayout line = new HorizontalLayout(new Span(hint.kind().label() + "：" + hint.message()));
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (hint.end() > hint.start()) {
            Button locate = new Button("定位", e -> scrollTo(hint.start(), hint.end()));
            locate.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            line.add(locate);
        }
        if (mayUse) {
            Button use = new Button("作为依据", e -> useAsEvidence.accept(hint));
            use.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            line.add(use);
        }
        return line;
    }

    /** Scrolls the report to characters {@code start}–{@code end} and marks the place. */
    void scrollTo(int start, int end) {
        if (reader != null) {
            reader.scrollTo(start);
        }
    }
}
