package com.jgdj.dashboard.period.ui;

import com.jgdj.dashboard.base.ui.DatePickers;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.period.PeriodForm;
import com.jgdj.dashboard.period.PeriodKind;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.LocalDate;

/** Dialog to add or edit a reporting period. */
class PeriodEditor extends Dialog {


    final IntegerField year = new IntegerField("年份");
    final ComboBox<PeriodKind> kind = new ComboBox<>("类型");
    final DatePicker deadline = DatePickers.create("报送截止日期");
    final Button save = new Button("保存");

    PeriodEditor(ReportingPeriodService service, PeriodRow existing, int defaultYear, Runnable onSaved) {
        setHeaderTitle(existing == null ? "新增报送期" : "编辑报送期");
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(PeriodKind::label);
        year.setStepButtonsVisible(true);
        if (existing == null) {
            year.setValue(defaultYear);
            kind.setValue(PeriodKind.H1);
            deadline.setValue(LocalDate.of(defaultYear, 7, 10));
        } else {
            year.setValue(existing.year());
            kind.setValue(existing.kind());
            deadline.setValue(existing.deadline());
        }
        add(new FormLayout(year, kind, deadline));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (year.getValue() == null) {
                throw new UserInputException("请填写年份");
            }
            service.save(new PeriodForm(existing == null ? null : existing.id(),
                    existing == null ? null : existing.version(), year.getValue(), kind.getValue(),
                    deadline.getValue()));
            Notifications.success("报送期已保存");
            close();
            onSaved.run();
        });
        getFooter().add(new Button("取消", e -> close()), save);
    }
}
