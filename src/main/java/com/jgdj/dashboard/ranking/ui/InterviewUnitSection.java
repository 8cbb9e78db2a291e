package com.jgdj.dashboard.ranking.ui;

import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.orgunit.ui.UnitPage;
import com.jgdj.dashboard.orgunit.ui.UnitPageContext;
import com.jgdj.dashboard.orgunit.ui.UnitPageSection;
import com.jgdj.dashboard.ranking.InterviewService;
import com.jgdj.dashboard.ranking.UnitInterviewRow;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.Optional;

/** The unit page's 双约谈 records: one line per period in which the unit was on the list and a talk was recorded. */
@org.springframework.stereotype.Component
class InterviewUnitSection implements UnitPageSection {

    private final InterviewService service;

    InterviewUnitSection(InterviewService service) {
        this.service = service;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(UnitPageContext context, UnitPage page) {
        List<UnitInterviewRow> rows = service.forUnit(context.unitId());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        for (UnitInterviewRow r : rows) {
            list.add(new ListItem(r.periodName() + "：" + (r.heldOn() == null ? "尚未约谈" : Formats.date(r.heldOn()) + "约谈")
                    + (r.note() == null ? "" : "，" + r.note()) + (r.disqualified() ? "；已取消评优资格" : "")));
        }
        VerticalLayout section = new VerticalLayout(new H3("双约谈记录"), list);
        section.setPadding(false);
        section.setId("unit-interviews");
        return Optional.of(section);
    }
}
