package com.jgdj.dashboard.unitpage.ui;

import com.jgdj.dashboard.submission.SubmissionReport;
import com.jgdj.dashboard.submission.ui.ReportReader;
import com.jgdj.dashboard.submission.ui.SubmissionNavigation;
import com.jgdj.dashboard.unitpage.AdjustmentEvidenceRow;
import com.jgdj.dashboard.unitpage.DimensionEvidenceRow;
import com.jgdj.dashboard.unitpage.DimensionScoreRow;
import com.jgdj.dashboard.unitpage.UnitProfile;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The period's report in the reader; with a focused dimension, its score and the counts that are evidence for it
 * above the text, each scrolling the reader to its place.
 */
class UnitReportCard extends Div {

    final ReportReader reader;
    final Span dimensionScore = new Span();
    final List<Button> evidence = new ArrayList<>();
    final List<Button> adjustments = new ArrayList<>();

    UnitReportCard(UnitProfile profile, boolean dimensionAsked) {
        addClassName("unit-card");
        setId("unit-report");
        setWidthFull();
        SubmissionReport report = profile.report();
        add(new H3("工作汇报（" + profile.period().name() + "）"));
        reader = report == null ? null : new ReportReader(report.details().fullText(), report.analysis());
        if (dimensionAsked) {
            Div panel = dimensionPanel(profile.dimension(), profile.evidence());
            add(panel);
            // opened for one dimension (a heatmap cell): show its score and evidence, not the top of the page; after
            // the next frame, when the router has restored its own scroll position
            panel.addAttachListener(e -> panel.getElement().executeJs(
                    "requestAnimationFrame(() => this.scrollIntoView({block: 'start'}))"));
        }
        if (!profile.adjustments().isEmpty()) {
            add(adjustmentPanel(profile.adjustments(), report == null ? null : report.details().id()));
        }
        if (report == null) {
            add(new Span("本期未报送工作汇报。"));
            return;
        }
        add(SubmissionNavigation.anchor(report.details().id(), "打开报送材料（第" + report.details().versionNo() + "版）"),
                reader);
    }

    /** Evidence in the report shown scrolls the reader; evidence in another version opens that version. */
    private Div adjustmentPanel(List<AdjustmentEvidenceRow> rows, Long shownSubmissionId) {
        Div panel = new Div(new H3("加减分及依据"));
        panel.addClassName("unit-dimension");
        for (AdjustmentEvidenceRow row : rows) {
            Button button = new Button(row.label() + (row.evidenceText() == null ? "" : "：" + row.evidenceText()), e -> {
                if (row.evidenceSubmissionId() == null) {
                    return;
                }
                if (row.evidenceSubmissionId().equals(shownSubmissionId) && reader != null) {
                    reader.scrollTo(row.evidenceStart());
                } else {
                    SubmissionNavigation.toSubmissionAt(row.evidenceSubmissionId(), row.evidenceStart());
                }
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setEnabled(row.evidenceSubmissionId() != null);
            adjustments.add(button);
            panel.add(new Div(button));
        }
        return panel;
    }

    private Div dimensionPanel(DimensionScoreRow dimension, List<DimensionEvidenceRow> rows) {
        Div panel = new Div();
        panel.addClassName("unit-dimension");
        panel.setId("unit-dimension");
        if (dimension == null) {
            dimensionScore.setText("该考核指标本期无评分。");
            panel.add(dimensionScore);
            return panel;
        }
        dimensionScore.setText(dimension.name() + "：" + Numbers.plain(dimension.points()) + " / "
                + Numbers.plain(dimension.maxPoints()) + " 分（" + Numbers.plain(dimension.share()) + "%，全市平均"
                + Numbers.plain(dimension.cityShare()) + "%）");
        panel.add(new H3("考核指标"), dimensionScore);
        if (rows.isEmpty()) {
            panel.add(new Div(new Span("汇报中未找到与该指标相关的数据。")));
        }
        for (DimensionEvidenceRow row : rows) {
            Button button = new Button(row.indicator() + "：" + row.text(), e -> {
                if (reader != null) {
                    reader.scrollTo(row.quantityStart());
                }
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            evidence.add(button);
            panel.add(button);
        }
        return panel;
    }
}
