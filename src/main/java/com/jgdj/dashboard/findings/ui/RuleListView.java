package com.jgdj.dashboard.findings.ui;

import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.findings.CountRuleService;
import com.jgdj.dashboard.findings.RuleForm;
import com.jgdj.dashboard.findings.RuleKind;
import com.jgdj.dashboard.findings.RuleRow;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;

import java.math.BigDecimal;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 核对规则: the rules on the counts (administrators switch them and set thresholds). */
@Route("rules")
@PageTitle("核对规则")
@Menu(order = 81, icon = "vaadin:check-square-o", title = "核对规则")
@RolesAllowed(Role.ADMIN_NAME)
class RuleListView extends VerticalLayout {

    final Grid<RuleRow> grid = new Grid<>();
    private final CountRuleService service;

    RuleListView(CountRuleService service) {
        this.service = service;
        setSizeFull();
        add(new ViewHeader("核对规则"), new Paragraph("对报告中抽取的数字进行核对，违反规则的数字作为提示列出（不自动扣分）。"
                + "规则在读取时计算，修改后立即作用于全部已报送的报告。"));
        grid.addColumn(RuleRow::name).setHeader("规则").setFlexGrow(3);
        grid.addColumn(RuleRow::subject).setHeader("核对的数字").setFlexGrow(3);
        grid.addColumn(r -> r.hasThreshold() ? thresholdLabel(r) : "—").setHeader("阈值").setAutoWidth(true);
        grid.addColumn(r -> r.enabled() ? "启用" : "停用").setHeader("状态").setAutoWidth(true);
        grid.addColumn(r -> r.updatedAt() == null ? "" : r.updatedBy() + " " + Formats.dateTime(r.updatedAt()))
                .setHeader("最后修改").setAutoWidth(true);
        grid.addItemClickListener(e -> editor(e.getItem()).open());
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    Dialog editor(RuleRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("编辑规则：" + row.name());
        Checkbox enabled = new Checkbox("启用", row.enabled());
        // NumberField, not BigDecimalField: the committed frontend bundles hold only the components the product uses
        NumberField threshold = new NumberField(row.kind() == RuleKind.OUTLIER ? "k（中位数 ± k·MAD）"
                : "每半年不少于（全年加倍）");
        threshold.setValue(row.threshold() == null ? null : row.threshold().doubleValue());
        threshold.setVisible(row.hasThreshold());
        dialog.add(new FormLayout(enabled, threshold));
        Button save = new Button("保存", e -> {
            try {
                RuleForm form = row.toForm();
                service.update(new RuleForm(form.id(), form.version(), enabled.getValue(),
                        threshold.getValue() == null ? null : BigDecimal.valueOf(threshold.getValue())));
                Notifications.success("已保存规则：" + row.name());
                dialog.close();
                refresh();
            } catch (UserInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), save);
        return dialog;
    }

    private static String thresholdLabel(RuleRow r) {
        String n = r.threshold().stripTrailingZeros().toPlainString();
        return r.kind() == RuleKind.OUTLIER ? "k = " + n : n;
    }

    private void refresh() {
        // a handful of rules
        grid.setItems(service.list());
    }
}
