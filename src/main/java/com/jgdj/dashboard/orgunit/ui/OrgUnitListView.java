package com.jgdj.dashboard.orgunit.ui;

import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.CategoryOption;
import com.jgdj.dashboard.orgunit.OrgUnitFilter;
import com.jgdj.dashboard.orgunit.OrgUnitForm;
import com.jgdj.dashboard.orgunit.OrgUnitTreeRow;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
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

import java.util.stream.Stream;

/**
 * 单位: the units as a tree of 上级单位, each level by pinyin and loaded lazily from SQL one level at a time. A name or
 * category filter shows the matching units with their ancestors. Administrators add and edit.
 */
@Route(OrgUnitNavigation.LIST_ROUTE)
@PageTitle("单位")
@Menu(order = 10, icon = "vaadin:building", title = "单位")
@PermitAll
class OrgUnitListView extends VerticalLayout {

    final TextField nameFilter = new TextField();
    final ComboBox<CategoryOption> categoryFilter = new ComboBox<>();
    final Checkbox inactiveFilter = new Checkbox("含已停用");
    final TreeGrid<OrgUnitTreeRow> grid = new TreeGrid<>();
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

        grid.addHierarchyColumn(OrgUnitTreeRow::name).setHeader("单位名称").setFlexGrow(3);
        grid.addColumn(OrgUnitTreeRow::categoryName).setHeader("类别").setAutoWidth(true);
        grid.addColumn(OrgUnitTreeRow::orgType).setHeader("组织类型").setAutoWidth(true);
        grid.addColumn(OrgUnitTreeRow::secretaryName).setHeader("书记").setAutoWidth(true);
        grid.addColumn(OrgUnitTreeRow::contactName).setHeader("联系人").setAutoWidth(true);
        grid.addColumn(OrgUnitTreeRow::contactPhone).setHeader("联系电话").setAutoWidth(true);
        grid.addColumn(r -> r.active() ? "在用" : "已停用").setHeader("状态").setAutoWidth(true);
        grid.addItemClickListener(e -> OrgUnitNavigation.toUnit(UnitId.of(e.getItem().id())));
        grid.setSizeFull();
        grid.setDataProvider(new UnitTree());
        add(grid);
    }

    private OrgUnitFilter filter() {
        return new OrgUnitFilter(nameFilter.getValue(),
                categoryFilter.getValue() == null ? null : categoryFilter.getValue().id(),
                inactiveFilter.getValue());
    }

    /** The children of a unit (the top level for null), one page at a time, from the service. */
    private final class UnitTree extends AbstractBackEndHierarchicalDataProvider<OrgUnitTreeRow, Void> {

        @Override
        protected Stream<OrgUnitTreeRow> fetchChildrenFromBackEnd(HierarchicalQuery<OrgUnitTreeRow, Void> query) {
            return service.children(parentId(query), filter(), query.getOffset(), query.getLimit()).stream();
        }

        @Override
        public int getChildCount(HierarchicalQuery<OrgUnitTreeRow, Void> query) {
            return (int) service.countChildren(parentId(query), filter());
        }

        @Override
        public boolean hasChildren(OrgUnitTreeRow item) {
            return item.hasChildren();
        }

        @Override
        public Object getId(OrgUnitTreeRow item) {
            return item.id();
        }

        private static Long parentId(HierarchicalQuery<OrgUnitTreeRow, Void> query) {
            return query.getParentOptional().map(OrgUnitTreeRow::id).orElse(null);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
