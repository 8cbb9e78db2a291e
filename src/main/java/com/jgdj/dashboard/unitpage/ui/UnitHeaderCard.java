package com.jgdj.dashboard.unitpage.ui;

import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.orgunit.ui.UnitPage;
import com.jgdj.dashboard.unitpage.UnitPeriodFacts;
import com.jgdj.dashboard.unitpage.UnitPeriodOption;
import com.jgdj.dashboard.unitpage.UnitProfile;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Period selector, print button, and the unit's standing in the period: grade, ranks, 双约谈. */
class UnitHeaderCard extends Div {

    final Select<UnitPeriodOption> period = new Select<>();
    final Button print = new Button("打印", VaadinIcon.PRINT.create());
    final Span printLine = new Span();
    final Span grade;
    final Span rank = new Span();
    final Span interview = new Span();
    final Span facts = new Span();

    UnitHeaderCard(UnitProfile profile, UnitPage page, Clock clock) {
        addClassName("unit-header");
        UnitPeriodFacts f = profile.facts();
        String periodName = profile.period() == null ? "—" : profile.period().name();

        period.setLabel("报送期");
        period.setItems(profile.periods());
        period.setItemLabelGenerator(UnitPeriodOption::name);
        period.setValue(profile.period());
        period.addValueChangeListener(e -> {
            if (e.getValue() != null && (profile.period() == null || e.getValue().id() != profile.period().id())) {
                page.selectPeriod(e.getValue().id());
            }
        });
        period.addClassName("no-print");
        print.addClassName("no-print");
        print.addClickListener(e -> {
            printLine.setText(printLine(f, periodName, clock));
            UI.getCurrent().getPage().executeJs("window.print()");
        });
        printLine.setText(printLine(f, periodName, clock));
        printLine.addClassName("print-only");

        grade = Numbers.gradeBadge(f.grade());
        rank.setText(f.overallRank() == null ? "本期无排名"
                : "全市第" + f.overallRank() + "名（共" + f.units() + "个单位），" + f.categoryName() + "第"
                  + f.categoryRank() + "名（共" + f.categoryUnits() + "个）");
        interview.setText("双约谈：" + profile.interview().label());
        facts.setText("类别：" + f.categoryName() + "　党组织书记：" + (f.secretaryName() == null ? "—" : f.secretaryName())
                      + (f.total() == null ? "" : "　总分：" + Numbers.plain(f.total())));

        HorizontalLayout controls = new HorizontalLayout(period, print);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout standing = new HorizontalLayout(new Span(periodName), grade, rank);
        standing.setAlignItems(FlexComponent.Alignment.CENTER);
        add(printLine, controls, standing, new Div(facts), new Div(interview));
    }

    private static String printLine(UnitPeriodFacts f, String periodName, Clock clock) {
        return "单位：" + f.unitName() + "　报送期：" + periodName + "　打印时间："
               + Formats.dateTime(OffsetDateTime.now(clock));
    }
}
