package com.jgdj.dashboard.orgunit.ui;

import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.OrgUnitDetails;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;
import java.util.Map;

/** One unit: its particulars and the way to its reports. */
@Route("units/:id([0-9]{1,18})")
@PermitAll
class OrgUnitDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, UnitPage {

    private final OrgUnitService service;
    private final CurrentUser currentUser;
    private final ObjectProvider<UnitPageSection> sections;
    private String title = "单位";
    private OrgUnitDetails unit;

    OrgUnitDetailsView(OrgUnitService service, CurrentUser currentUser, ObjectProvider<UnitPageSection> sections) {
        this.service = service;
        this.currentUser = currentUser;
        this.sections = sections;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Long id = event.getRouteParameters().getLong("id").orElse(null);
        unit = id == null ? null : service.details(id).orElse(null);
        if (unit == null) {
            title = "单位不存在";
            add(new ViewHeader("单位不存在"), new Span("未找到该单位，或您无权查看。"));
            return;
        }
        title = unit.name();
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        show(new UnitPageContext(unit.id(), longParam(params, "period"), longParam(params, "dimension")));
    }

    @Override
    public void selectPeriod(long periodId) {
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, "units/" + unit.id() + "?period=" + periodId));
        removeAll();
        show(new UnitPageContext(unit.id(), periodId, null));
    }

    private static Long longParam(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(values.getFirst());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void show(UnitPageContext context) {
        Button edit = new Button("编辑", VaadinIcon.EDIT.create(),
                e -> new OrgUnitEditor(service, unit.toForm(), id -> OrgUnitNavigation.toUnit(id)).open());
        edit.setVisible(currentUser.hasRole(Role.ADMIN));
        add(new ViewHeader(unit.name(), edit));
        DescriptionList meta = new DescriptionList();
        meta.addClassName("meta-list");
        meta.add(new DescriptionList.Term("简称"), new DescriptionList.Description(orDash(unit.shortName())));
        meta.add(new DescriptionList.Term("类别"), new DescriptionList.Description(unit.categoryName()));
        meta.add(new DescriptionList.Term("组织类型"), new DescriptionList.Description(unit.orgType().name()));
        meta.add(new DescriptionList.Term("上级单位"), new DescriptionList.Description(orDash(unit.parentName())));
        meta.add(new DescriptionList.Term("党组织书记"), new DescriptionList.Description(orDash(unit.secretaryName())));
        meta.add(new DescriptionList.Term("联系人"), new DescriptionList.Description(orDash(unit.contactName())));
        meta.add(new DescriptionList.Term("联系电话"), new DescriptionList.Description(orDash(unit.contactPhone())));
        meta.add(new DescriptionList.Term("状态"), new DescriptionList.Description(unit.active() ? "在用" : "已停用"));
        add(meta, new Anchor("submissions?unit=" + unit.id(), "查看本单位报送材料"));
        sections.orderedStream().forEach(section -> section.create(context, this).ifPresent(this::add));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
