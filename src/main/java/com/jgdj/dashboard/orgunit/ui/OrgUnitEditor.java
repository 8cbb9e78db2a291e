package com.jgdj.dashboard.orgunit.ui;

import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.orgunit.CategoryOption;
import com.jgdj.dashboard.orgunit.OrgType;
import com.jgdj.dashboard.orgunit.OrgUnitForm;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.orgunit.UnitOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.function.LongConsumer;

/** Dialog to add or edit a unit (administrators only; the service checks the role again). */
class OrgUnitEditor extends Dialog {


    final TextField name = new TextField("单位名称");
    final TextField shortName = new TextField("简称");
    final ComboBox<CategoryOption> category = new ComboBox<>("单位类别");
    final ComboBox<OrgType> orgType = new ComboBox<>("组织类型");
    final ComboBox<UnitOption> parent = new ComboBox<>("上级单位");
    final TextField secretary = new TextField("党组织书记");
    final TextField contact = new TextField("联系人");
    final TextField phone = new TextField("联系电话");
    final Checkbox active = new Checkbox("在用");
    final Button save = new Button("保存");

    private final OrgUnitForm original;

    OrgUnitEditor(OrgUnitService service, OrgUnitForm form, LongConsumer onSaved) {
        this.original = form;
        setHeaderTitle(form.id() == null ? "新增单位" : "编辑单位");
        List<CategoryOption> categories = service.categories();
        category.setItems(categories);
        category.setItemLabelGenerator(CategoryOption::name);
        orgType.setItems(OrgType.values());
        orgType.setItemLabelGenerator(OrgType::name);
        parent.setItems(q -> service.options(q.getFilter().orElse(null), q.getOffset(), q.getLimit()).stream());
        parent.setItemLabelGenerator(UnitOption::name);
        parent.setClearButtonVisible(true);
        parent.setPlaceholder("无（顶层单位）");
        name.setRequired(true);
        category.setRequired(true);
        orgType.setRequired(true);

        name.setValue(nullToEmpty(form.name()));
        shortName.setValue(nullToEmpty(form.shortName()));
        categories.stream().filter(c -> form.categoryId() != null && c.id() == form.categoryId()).findFirst()
                .ifPresent(category::setValue);
        orgType.setValue(form.orgType());
        if (form.parentId() != null) {
            service.option(form.parentId()).ifPresent(parent::setValue);
        }
        secretary.setValue(nullToEmpty(form.secretaryName()));
        contact.setValue(nullToEmpty(form.contactName()));
        phone.setValue(nullToEmpty(form.contactPhone()));
        active.setValue(form.active());

        FormLayout layout = new FormLayout(name, shortName, category, orgType, parent, secretary, contact, phone, active);
        add(layout);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            long id = service.save(toForm());
            Notifications.success("已保存：" + name.getValue().trim());
            close();
            onSaved.accept(id);
        });
        getFooter().add(new Button("取消", e -> close()), save);
    }

    private OrgUnitForm toForm() {
        return new OrgUnitForm(original.id(), original.version(), name.getValue(), shortName.getValue(),
                category.getValue() == null ? null : category.getValue().id(),
                parent.getValue() == null ? null : parent.getValue().id(),
                orgType.getValue(), secretary.getValue(), contact.getValue(), phone.getValue(), active.getValue());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
