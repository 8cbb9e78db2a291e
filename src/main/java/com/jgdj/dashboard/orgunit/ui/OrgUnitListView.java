package com.jgdj.dashboard.orgunit.ui;

import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.CategoryOption;
import com.jgdj.dashboard.orgunit.OrgUnitFilter;
import com.jgdj.dashboard.orgunit.OrgUnitForm;
import com.jgdj.dashboard.orgunit.OrgUnitRow;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 单位: every reporting unit by pinyin, filtered by name and category; administrators add and edit. */
@Route(OrgUnitNavigation.LIST_ROUTE)
@PageTitle("单位")
@Menu(order = 10, icon = "vaadin:building", title = "单位")
@PermitAll
class OrgUnitListView extends VerticalLayout {

    final TextField nameFilter = new TextField();
    final ComboBox<CategoryOption> categoryFilter = new ComboBox<>();
    final Checkbox inactiveFilter = new Checkbox("含已停用");
    final Grid<OrgUnitRow> grid = new Grid<>(OrgUnitRow.class, false);
    final Button add = new Button("新增单位", VaadinIcon.PLUS.create());

    private final OrgUnitService service;

    OrgUnitListView(OrgUnitService service, CurrentUser currentUser) {
        this.service = service;
        setSizeFull();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(currentUser.hasRole(Role.ADMIN));
        add.addClickListener(e -> new OrgUnitEditor(service, OrgUnitForm.empty(), id -> refresh()).open());
        add(new ViewHeader("单位", add));

        nameFilter.setPlaceholder("按名称筛选");
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.addValueChangeListener(e -> refresh());
        categoryFilter.setPlaceholder("全部类别");
        categoryFilter.setClearButtonVisible(true);
        categoryFilter.setItems(service.categories());
        categoryFilter.setItemLabelGenerator(CategoryOption::name);
        categoryFilter.addValueChangeListener(e -> refresh());
        inactiveFilter.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(nameFilter, categoryFilter, inactiveFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.addColumn(OrgUnitRow::name).setHeader("单位名称").setFlexGrow(3);
        grid.addColumn(OrgUnitRow::categoryName).setHeader("类别").setAutoWidth(true);
        grid.addColumn(OrgUnitRow::orgType).setHeader("组织类型").setAutoWidth(true);
        grid.addColumn(OrgUnitRow::secretaryName).setHeader("书记").setAutoWidth(true);
        grid.addColumn(OrgUnitRow::contactName).setHeader("联系人").setAutoWidth(true);
        grid.addColumn(OrgUnitRow::contactPhone).setHeader("联系电话").setAutoWidth(true);
        grid.addColumn(r -> r.active() ? "在用" : "已停用").setHeader("状态").setAutoWidth(true);
        grid.addItemClickListener(e -> OrgUnitNavigation.toUnit(UnitId.of(e.getItem().id())));
        grid.setSizeFull();
        grid.setItems(q -> service.list(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.count(filter()));
        add(grid);
    }

    private OrgUnitFilter filter() {
        return new OrgUnitFilter(nameFilter.getValue(),
                categoryFilter.getValue() == null ? null : categoryFilter.getValue().id(),
                inactiveFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
