package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.assessment.AdjustmentLine;
import com.jgdj.dashboard.assessment.AssessmentSheet;
import com.jgdj.dashboard.assessment.Evidence;
import com.jgdj.dashboard.assessment.Points;
import com.jgdj.dashboard.assessment.ScoreForm;
import com.jgdj.dashboard.assessment.grading.Dimension;
import com.jgdj.dashboard.assessment.grading.GradeCalculator;
import com.jgdj.dashboard.assessment.grading.GradeResult;
import com.jgdj.dashboard.assessment.grading.ScoreSheet;
import com.jgdj.dashboard.assessment.grading.ScoringRules;
import com.jgdj.dashboard.assessment.grading.Veto;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** The scoring form: points per dimension, bonuses/deductions, veto, self-assessment, comment; total computed live. */
class ScoreFormPanel extends VerticalLayout {

    final Map<Long, NumberField> dimensionFields = new LinkedHashMap<>();
    final VerticalLayout adjustments = new VerticalLayout();
    final List<AdjustmentRow> rows = new ArrayList<>();
    final Button addAdjustment = new Button("添加加分/扣分", VaadinIcon.PLUS.create());
    final ComboBox<Veto> veto = new ComboBox<>("一票否决");
    final NumberField selfScore = new NumberField("自评得分");
    final TextArea comment = new TextArea("评语");
    final Span total = new Span();
    final Span problems = new Span();

    private final ScoringRules rules;
    private final AssessmentSheet sheet;
    private final Consumer<Evidence> showEvidence;

    ScoreFormPanel(AssessmentSheet sheet, Consumer<Evidence> showEvidence) {
        this.sheet = sheet;
        this.rules = sheet.scheme().rules();
        this.showEvidence = showEvidence;
        setPadding(false);
        total.setId("live-total");
        total.addClassName("live-total");
        problems.addClassName("form-problems");
        add(total, problems);

        FormLayout dims = new FormLayout();
        dims.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (Dimension d : rules.dimensions()) {
            NumberField field = new NumberField(d.name() + "（满分" + Points.format(d.maxPoints()) + "）");
            field.setStep(0.5);
            field.setMin(0);
            field.setMax(d.maxPoints().doubleValue());
            field.setHelperText(d.description());
            BigDecimal p = sheet.form().points().get(d.id());
            if (p != null) {
                field.setValue(p.doubleValue());
            }
            field.addValueChangeListener(e -> recompute());
            dimensionFields.put(d.id(), field);
            dims.add(field);
        }
        add(new H4("考核指标"), dims);

        adjustments.setPadding(false);
        adjustments.setSpacing(false);
        sheet.form().adjustments().forEach(this::addRow);
        addAdjustment.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAdjustment.addClickListener(e -> addRow(null));
        add(new H4("加分与扣分"), adjustments, addAdjustment);

        veto.setItems(rules.vetoes());
        veto.setItemLabelGenerator(v -> v.name() + "（" + v.effect().label() + "）");
        veto.setClearButtonVisible(true);
        veto.setWidthFull();
        veto.setValue(rules.vetoes().stream().filter(v -> Objects.equals(v.id(), sheet.form().vetoId()))
                .findFirst().orElse(null));
        veto.addValueChangeListener(e -> recompute());
        selfScore.setStep(0.5);
        selfScore.setMin(0);
        selfScore.setMax(110);
        if (sheet.form().selfScore() != null) {
            selfScore.setValue(sheet.form().selfScore().doubleValue());
        }
        selfScore.addValueChangeListener(e -> recompute());
        comment.setWidthFull();
        comment.setValue(sheet.form().comment() == null ? "" : sheet.form().comment());
        add(veto, selfScore, comment);
        recompute();
    }

    AdjustmentRow addRow(AdjustmentLine line) {
        AdjustmentRow row = new AdjustmentRow(rules.items(), line, this::recompute, r -> {
            rows.remove(r);
            adjustments.remove(r);
            recompute();
        }, showEvidence);
        rows.add(row);
        adjustments.add(row);
        recompute();
        return row;
    }

    /** Puts the evidence on the last bonus/deduction, adding one when there is none. */
    void attachEvidence(Evidence evidence) {
        AdjustmentRow row = rows.isEmpty() ? addRow(null) : rows.getLast();
        row.setEvidence(evidence);
    }

    ScoreForm form() {
        Map<Long, BigDecimal> points = new LinkedHashMap<>();
        dimensionFields.forEach((id, field) -> {
            if (field.getValue() != null) {
                points.put(id, BigDecimal.valueOf(field.getValue()));
            }
        });
        List<AdjustmentLine> lines = rows.stream().map(AdjustmentRow::line).filter(Objects::nonNull).toList();
        return new ScoreForm(sheet.form().id(), sheet.form().version(), sheet.form().unit(), sheet.form().period(), points,
                lines, veto.getValue() == null ? null : veto.getValue().id(),
                selfScore.getValue() == null ? null : BigDecimal.valueOf(selfScore.getValue()), comment.getValue());
    }

    void setReadOnly(boolean readOnly) {
        dimensionFields.values().forEach(f -> f.setReadOnly(readOnly));
        rows.forEach(r -> r.setReadOnly(readOnly));
        addAdjustment.setVisible(!readOnly);
        veto.setReadOnly(readOnly);
        selfScore.setReadOnly(readOnly);
        comment.setReadOnly(readOnly);
    }

    private void recompute() {
        ScoreForm form = form();
        // the same calculator and the same quota decision as the stored grade, so every page shows one grade
        ScoreSheet s = new ScoreSheet(form.points(), form.adjustments().stream()
                .map(l -> new ScoreSheet.Adjustment(l.itemId(), l.points())).toList(), form.vetoId(),
                sheet.quotaDowngraded());
        List<String> found = GradeCalculator.problems(rules, s);
        GradeResult r = GradeCalculator.grade(rules, s);
        String self = form.selfScore() == null ? "" : "（自评 " + Points.format(form.selfScore()) + "）";
        String quota = sheet.quotaDowngraded() && r.grade() != null && r.pointsGrade() != r.grade()
                ? "（因优秀名额调整）" : "";
        total.setText("总分 " + Points.format(r.total()) + "，" + (r.grade() == null ? "尚有指标未评分"
                : (sheet.editable() ? "拟定等次 " : "等次 ") + r.grade().label()) + quota + self + "  ＝ 指标 "
                + Points.format(r.dimensionTotal()) + " ＋ 加分 " + Points.format(r.bonus()) + " － 扣分 "
                + Points.format(r.deduction()));
        problems.setText(String.join("；", found));
    }
}
