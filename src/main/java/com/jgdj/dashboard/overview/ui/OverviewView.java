package com.jgdj.dashboard.overview.ui;

import com.jgdj.dashboard.base.ui.Formats;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.base.ui.chart.ApexChart;
import com.jgdj.dashboard.base.ui.chart.BarChartBuilder;
import com.jgdj.dashboard.base.ui.chart.ChartColors;
import com.jgdj.dashboard.overview.OverviewService;
import com.jgdj.dashboard.overview.PeriodOverviewRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** 总览: completeness of every reporting period, the newest first. */
@Route("")
@PageTitle("总览")
@Menu(order = 0, icon = "vaadin:dashboard", title = "总览")
@PermitAll
class OverviewView extends VerticalLayout {

    final Grid<PeriodOverviewRow> grid = new Grid<>(PeriodOverviewRow.class, false);

    OverviewView(OverviewService overview) {
        setSizeFull();
        List<PeriodOverviewRow> periods = overview.periods();
        add(new ViewHeader("总览"));
        if (periods.isEmpty()) {
            add(new Span("尚未设置报送期。"));
            return;
        }
        PeriodOverviewRow latest = periods.getFirst();
        add(new H3(latest.periodName() + " 报送情况"), kpis(latest));
        grid.addColumn(PeriodOverviewRow::periodName).setHeader("报送期").setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.deadline())).setHeader("截止日期").setAutoWidth(true);
        grid.addColumn(p -> p.status().label()).setHeader("状态");
        grid.addColumn(PeriodOverviewRow::expected).setHeader("应报单位");
        grid.addColumn(PeriodOverviewRow::received).setHeader("已报送");
        grid.addColumn(PeriodOverviewRow::onTime).setHeader("按时");
        grid.addColumn(PeriodOverviewRow::late).setHeader("逾期");
        grid.addColumn(PeriodOverviewRow::missing).setHeader("未报送");
        grid.addColumn(p -> Formats.percent(p.onTime(), p.expected())).setHeader("按时率");
        // one row per period: two a year, so the list is small and comes from one grouped query
        grid.setItems(periods);
        grid.setAllRowsVisible(true);
        add(new H3("各报送期"), grid, completenessChart(periods));
    }

    /** Oldest period first, so the chart reads left to right in time. */
    static ApexChart completenessChart(List<PeriodOverviewRow> newestFirst) {
        List<PeriodOverviewRow> rows = newestFirst.reversed();
        ApexChart chart = new ApexChart(BarChartBuilder
                .categories(rows.stream().map(PeriodOverviewRow::periodName).toList())
                .series("按时", rows.stream().map(PeriodOverviewRow::onTime).toList(), ChartColors.ON_TIME)
                .series("逾期", rows.stream().map(PeriodOverviewRow::late).toList(), ChartColors.LATE)
                .series("未报送", rows.stream().map(PeriodOverviewRow::missing).toList(), ChartColors.MISSING)
                .stacked().title("各报送期报送情况").height(300).build());
        chart.setId("completeness-chart");
        return chart;
    }

    private static FlexLayout kpis(PeriodOverviewRow p) {
        FlexLayout cards = new FlexLayout(
                card("应报单位", p.expected()), card("已报送", p.received()), card("按时报送", p.onTime()),
                card("逾期报送", p.late()), card("未报送", p.missing()));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setId("kpi-cards");
        return cards;
    }

    private static Div card(String label, long value) {
        Span number = new Span(Long.toString(value));
        number.addClassName("kpi-value");
        Span caption = new Span(label);
        caption.addClassName("kpi-label");
        Div card = new Div(number, new Div(caption));
        card.addClassName("kpi-card");
        return card;
    }
}
