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
        if (mayUse) {
            Button quote = new Button("引用所选原文作为依据", e -> quoteSelection(report.fullText(), useAsEvidence));
            quote.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            hints.add(quote);
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

    /** Asks the browser for the selection inside the report text and hands it on as a quoted sentence. */
    private void quoteSelection(String fullText, Consumer<ReportHint> useAsEvidence) {
        text.getElement().executeJs("""
                const selection = window.getSelection();
                if (!selection.rangeCount) return '';
                const range = selection.getRangeAt(0);
                const node = this.firstChild;
                if (range.collapsed || range.startContainer !== node || range.endContainer !== node) return '';
                return range.startOffset + ',' + range.endOffset;""").then(String.class, offsets -> {
            if (offsets == null || offsets.isEmpty()) {
                com.jgdj.dashboard.base.ui.Notifications.error("请先在报告原文中选中一段文字");
                return;
            }
            int start = Integer.parseInt(offsets.substring(0, offsets.indexOf(',')));
            int end = Math.min(fullText.length(), Integer.parseInt(offsets.substring(offsets.indexOf(',') + 1)));
            String quoted = fullText.substring(start, end);
            useAsEvidence.accept(new ReportHint(com.jgdj.dashboard.assessment.EvidenceKind.SENTENCE, "原文", start, end,
                    quoted.length() > 1000 ? quoted.substring(0, 1000) : quoted));
        });
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
