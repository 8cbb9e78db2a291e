package com.jgdj.dashboard.assessment.scheme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** An editable list of scheme rows (dimensions, items or vetoes) saved together. */
class SchemeRowsEditor<T> extends VerticalLayout {

    /** One editable row. */
    abstract static class Line<T> extends HorizontalLayout {

        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        Line() {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel("删除");
        }

        abstract T value();

        abstract void setReadOnly(boolean readOnly);
    }

    final VerticalLayout lines = new VerticalLayout();
    final Button add;
    final Button save = new Button("保存");
    private final List<Line<T>> rows = new ArrayList<>();
    private final Function<T, Line<T>> lineFor;

    SchemeRowsEditor(String title, String addLabel, Supplier<Line<T>> blank, Function<T, Line<T>> lineFor,
                     Consumer<List<T>> store, Consumer<Runnable> guard, Runnable saved) {
        this.lineFor = lineFor;
        setPadding(false);
        lines.setPadding(false);
        lines.setSpacing(false);
        add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addLine(blank.get()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickListener(e -> guard.accept(() -> {
            store.accept(rows.stream().map(Line::value).toList());
            saved.run();
        }));
        add(new H4(title), lines, new HorizontalLayout(add, save));
    }

    void setRows(List<T> values) {
        rows.clear();
        lines.removeAll();
        values.forEach(v -> addLine(lineFor.apply(v)));
    }

    private void addLine(Line<T> line) {
        line.remove.addClickListener(e -> {
            rows.remove(line);
            lines.remove(line);
        });
        line.add(line.remove);
        rows.add(line);
        lines.add(line);
    }

    void setReadOnly(boolean readOnly) {
        rows.forEach(r -> {
            r.setReadOnly(readOnly);
            r.remove.setVisible(!readOnly);
        });
        add.setVisible(!readOnly);
        save.setVisible(!readOnly);
    }
}
