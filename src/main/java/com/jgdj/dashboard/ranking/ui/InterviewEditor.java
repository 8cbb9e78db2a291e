package com.jgdj.dashboard.ranking.ui;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.base.ui.DatePickers;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.ranking.InterviewForm;
import com.jgdj.dashboard.ranking.InterviewRow;
import com.jgdj.dashboard.ranking.InterviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Records that the 双约谈 took place (date, note) and whether the unit loses its 评优资格. */
class InterviewEditor extends Dialog {

    final DatePicker heldOn = DatePickers.create("约谈日期");
    final TextArea note = new TextArea("约谈情况");
    final Checkbox disqualified = new Checkbox("取消评优资格");
    final Button save = new Button("保存");

    InterviewEditor(InterviewService service, InterviewRow row, long periodId, Runnable saved) {
        setHeaderTitle("双约谈：" + row.unitName());
        heldOn.setValue(row.heldOn());
        note.setValue(row.note() == null ? "" : row.note());
        note.setWidthFull();
        disqualified.setValue(row.disqualified());
        add(new VerticalLayout(heldOn, note, disqualified));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            service.record(new InterviewForm(UnitId.of(row.unitId()), PeriodId.of(periodId), row.version(), heldOn.getValue(),
                    note.getValue(), disqualified.getValue()));
            Notifications.success("约谈记录已保存");
            close();
            saved.run();
        });
        getFooter().add(new Button("取消", e -> close()), save);
    }
}
