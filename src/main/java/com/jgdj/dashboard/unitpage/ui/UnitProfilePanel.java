package com.jgdj.dashboard.unitpage.ui;

import com.jgdj.dashboard.orgunit.ui.UnitPage;
import com.jgdj.dashboard.orgunit.ui.UnitPageContext;
import com.jgdj.dashboard.unitpage.UnitProfile;
import com.jgdj.dashboard.unitpage.UnitProfileService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.Clock;

/** The cards of the unit page for one period. */
class UnitProfilePanel extends VerticalLayout {

    final UnitHeaderCard header;
    final UnitReportCard report;
    final GradeHistoryChart history;
    final DimensionRadarChart radar;
    final IndicatorMedianChart counts;
    final UnitChangesCard changes;
    final UnitSubmissionsGrid submissions;

    UnitProfilePanel(UnitProfile profile, UnitPageContext context, UnitPage page, UnitProfileService service,
                     Clock clock) {
        setPadding(false);
        setId("unit-profile");
        header = new UnitHeaderCard(profile, page, clock);
        add(header);
        if (profile.period() == null) {
            add(new Span("尚未设置报送期。"));
            report = null;
            history = null;
            radar = null;
            counts = null;
            changes = null;
        } else {
            report = new UnitReportCard(profile, context.dimensionId() != null);
            history = profile.history().isEmpty() ? null : new GradeHistoryChart(profile.history());
            radar = profile.dimensions().isEmpty() ? null
                    : new DimensionRadarChart(profile.dimensions(), profile.facts().categoryName());
            counts = profile.indicators().stream().noneMatch(r -> r.count() != null) ? null
                    : new IndicatorMedianChart(profile.indicators());
            changes = new UnitChangesCard(profile);
            Div charts = new Div(card("等次与排名", history == null ? null : withGrades(history), "暂无考核结果"),
                    card("各项得分（占满分%）", radar, "本期尚无评分"),
                    card("主要数据与全市中位数", counts, "本期汇报未提取到数据"));
            charts.addClassName("unit-charts");
            charts.setWidthFull();
            add(charts, changes, report);
        }
        submissions = new UnitSubmissionsGrid(service, profile.facts().unitId());
        add(new H3("全部报送材料"), submissions);
    }

    private static Component withGrades(GradeHistoryChart chart) {
        Div grades = new Div();
        grades.addClassName("grade-row");
        for (int i = 0; i < chart.periods().size(); i++) {
            Span period = new Span(chart.periods().get(i));
            grades.add(new Span(period, Numbers.gradeBadge(chart.gradeValues().get(i))));
        }
        return new Div(chart, grades);
    }

    private static Component card(String title, Component content, String empty) {
        Div card = new Div(new H3(title), content == null ? new Span(empty) : content);
        card.addClassName("unit-card");
        return card;
    }
}
