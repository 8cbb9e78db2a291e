package com.jgdj.dashboard.indicator.ui;

import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.indicator.IndicatorForm;
import com.jgdj.dashboard.indicator.IndicatorRow;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 统计指标: the dictionary that maps extracted counts to canonical indicators (administrators). */
@Route("indicators")
@PageTitle("统计指标")
@Menu(order = 80, icon = "vaadin:list-ol", title = "统计指标")
@RolesAllowed(Role.ADMIN_NAME)
class IndicatorListView extends VerticalLayout {

    final Grid<IndicatorRow> grid = new Grid<>();
    private final IndicatorService service;

    IndicatorListView(IndicatorService service) {
        this.service = service;
        setSizeFull();
        Button add = new Button("新增指标", VaadinIcon.PLUS.create(),
                e -> editor(new IndicatorForm(null, null, "", "", 999, true)).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("统计指标", add), new Paragraph(
                "报告中的“活动+数字+量词”（如“召开中心组集中学习9次”）按下列规则归入指标；匹配规则为正则表达式，多个规则用 | 分隔。修改只影响之后导入的报告。"));
        grid.addColumn(IndicatorRow::sortOrder).setHeader("顺序").setAutoWidth(true);
        grid.addColumn(IndicatorRow::name).setHeader("指标").setAutoWidth(true);
        grid.addColumn(IndicatorRow::patterns).setHeader("匹配规则").setFlexGrow(4);
        grid.addColumn(r -> r.active() ? "启用" : "停用").setHeader("状态").setAutoWidth(true);
        grid.addItemClickListener(e -> editor(e.getItem().toForm()).open());
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    Dialog editor(IndicatorForm form) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(form.id() == null ? "新增指标" : "编辑指标");
        TextField name = new TextField("指标名称");
        name.setValue(form.name());
        TextArea patterns = new TextArea("匹配规则");
        patterns.setValue(form.patterns());
        patterns.setWidth("36em");
        IntegerField order = new IntegerField("顺序");
        order.setValue(form.sortOrder());
        Checkbox active = new Checkbox("启用", form.active());
        dialog.add(new FormLayout(name, order, patterns, active));
        Button save = new Button("保存", e -> {
            service.save(new IndicatorForm(form.id(), form.version(), name.getValue(), patterns.getValue(),
                    order.getValue() == null ? 0 : order.getValue(), active.getValue()));
            Notifications.success("已保存指标：" + name.getValue().trim());
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), save);
        return dialog;
    }

    private void refresh() {
        // a dictionary of a few dozen indicators
        grid.setItems(service.list());
    }
}
