package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.assessment.AdjustmentLine;
import com.jgdj.dashboard.assessment.Evidence;
import com.jgdj.dashboard.assessment.Points;
import com.jgdj.dashboard.assessment.grading.Item;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/** One bonus or deduction: item, points, reason, and the evidence in the report (click to scroll there). */
class AdjustmentRow extends HorizontalLayout {

    final ComboBox<Item> item = new ComboBox<>();
    final NumberField points = new NumberField();
    final TextField reason = new TextField();
    final Button evidenceLink = new Button();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    private Evidence evidence;

    AdjustmentRow(List<Item> items, AdjustmentLine line, Runnable changed, Consumer<AdjustmentRow> removed,
                  Consumer<Evidence> show) {
        // the row wraps instead of overflowing: a half-screen pane is narrower than item + points + reason
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        addClassName("adjustment-row");
        getStyle().set("flex-wrap", "wrap").set("row-gap", "0");
        item.setItems(items);
        item.setItemLabelGenerator(i -> i.kind().label() + "：" + i.name() + "（" + Points.format(i.points())
                + "分/次，上限" + Points.format(i.cap()) + "分）");
        item.setPlaceholder("加减分项");
        item.setAriaLabel("加减分项");
        grow(item, "1 1 16em");
        points.setStep(0.5);
        points.setMin(0.5);
        points.setWidth("6em");
        points.getStyle().set("flex", "0 0 6em");
        points.setPlaceholder("分值");
        points.setAriaLabel("分值");
        reason.setPlaceholder("理由");
        reason.setAriaLabel("理由");
        grow(reason, "1 1 14em");
        evidenceLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        evidenceLink.setMaxWidth("100%");
        evidenceLink.addClickListener(e -> {
            if (evidence != null) {
                show.accept(evidence);
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel("删除");
        remove.addClickListener(e -> removed.accept(this));
        item.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && points.isEmpty()) {
                points.setValue(e.getValue().points().doubleValue());
            }
            changed.run();
        });
        points.addValueChangeListener(e -> changed.run());
        if (line != null) {
            item.setValue(items.stream().filter(i -> i.id() == line.itemId()).findFirst().orElse(null));
            points.setValue(line.points().doubleValue());
            reason.setValue(line.reason());
        }
        setEvidence(line == null ? null : line.evidence());
        add(item, points, reason, evidenceLink, remove);
    }

    /** A field that takes the room left on its line and shrinks below Vaadin's default field width. */
    private static <T extends Component & HasSize> void grow(T field, String flex) {
        field.setWidth(null);
        field.setMinWidth("0");
        field.getStyle().set("flex", flex);
    }

    void setEvidence(Evidence evidence) {
        this.evidence = evidence;
        evidenceLink.setVisible(evidence != null);
        if (evidence != null) {
            String quoted = evidence.text() == null || evidence.text().isEmpty() ? evidence.kind().label() : evidence.text();
            evidenceLink.setText("依据：" + (quoted.length() > 14 ? quoted.substring(0, 14) + "…" : quoted));
        }
    }

    void setReadOnly(boolean readOnly) {
        item.setReadOnly(readOnly);
        points.setReadOnly(readOnly);
        reason.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }

    /** Null while no item is chosen. */
    AdjustmentLine line() {
        if (item.getValue() == null) {
            return null;
        }
        BigDecimal p = points.getValue() == null ? BigDecimal.ZERO : BigDecimal.valueOf(points.getValue());
        return new AdjustmentLine(item.getValue().id(), p, reason.getValue(), evidence);
    }
}
