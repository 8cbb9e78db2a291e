package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.assessment.ReportHint;
import com.jgdj.dashboard.assessment.ReportHints;
import com.jgdj.dashboard.submission.SubmissionDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.function.Consumer;

/** The unit's report beside the form: hints (never points) and the text, scrollable to a character range. */
class ReportPanel extends VerticalLayout {

    final Div text = new Div();
    final VerticalLayout hints = new VerticalLayout();

    ReportPanel(SubmissionDetails report, Consumer<ReportHint> useAsEvidence, boolean mayUse) {
        setPadding(false);
        setHeightFull();
        text.setId("report-text");
        text.addClassNames("report-text", "report-scroll");
        if (report == null) {
            add(new Span("本单位本期未报送工作汇报。"));
            return;
        }
        add(new Anchor("submissions/" + report.id(), (report.title() == null ? "工作汇报" : report.title())
                + "（第" + report.versionNo() + "版" + (report.late() ? "，逾期" : "") + "）"));
        hints.setPadding(false);
        hints.setSpacing(false);
        hints.addClassName("report-hints");
        hints.add(new H4("报告提示（仅供参考，不自动计分）"));
        List<ReportHint> found = ReportHints.find(report.fullText(), report.periodKind().name().equals("ANNUAL"));
        for (ReportHint hint : found) {
            hints.add(hintLine(hint, useAsEvidence, mayUse));
        }
        add(hints);
        text.setText(report.fullText());
        add(text);
        setFlexGrow(1, text);
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

    /** Selects characters {@code start}–{@code end} of the report text and scrolls them into view. */
    void scrollTo(int start, int end) {
        text.getElement().executeJs("""
                const node = this.firstChild;
                if (!node) return;
                const range = document.createRange();
                range.setStart(node, Math.min($0, node.length));
                range.setEnd(node, Math.min($1, node.length));
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                this.scrollTop += range.getBoundingClientRect().top - this.getBoundingClientRect().top - 40;""",
                start, end);
    }
}
