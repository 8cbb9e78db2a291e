package com.jgdj.dashboard.overview.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.base.ui.chart.ApexChart;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OverviewViewTest extends KaribuTest {

    @Test
    void the_overview_shows_the_latest_period_and_a_completeness_chart_per_period() {
        long cat = data.category("综合部门", 1);
        long a = data.unit("单位甲", cat, "党委", null, true);
        long b = data.unit("单位乙", cat, "党委", null, true);
        long h1 = data.period(2024, "H1", LocalDate.of(2024, 7, 10), "CLOSED");
        long annual = data.period(2024, "ANNUAL", LocalDate.of(2025, 1, 15), "OPEN");
        data.submission(a, h1, "甲", "a.txt", false, "ACCEPTED");
        data.submission(b, h1, "乙", "b.txt", true, "ACCEPTED");
        data.submission(a, annual, "甲", "a2.txt", true, "SUBMITTED");
        login(Role.LEADER);
        open("");

        List<String> kpis = _find(Span.class, s -> s.withClasses("kpi-value")).stream().map(Span::getText).toList();
        // latest period 2024年度: 2 expected, 1 received, 0 on time, 1 late, 1 missing
        assertEquals(List.of("2", "1", "0", "1", "1"), kpis);

        JsonNode config = _get(ApexChart.class, s -> s.withId("completeness-chart")).getConfig();
        assertEquals("[\"2024年上半年\",\"2024年度\"]", config.get("xaxis").get("categories").toString());
        assertEquals("按时", config.get("series").get(0).get("name").asString());
        assertEquals("[1.0,0.0]", config.get("series").get(0).get("data").toString());
        assertEquals("[1.0,1.0]", config.get("series").get(1).get("data").toString());
        assertEquals("[0.0,1.0]", config.get("series").get(2).get("data").toString());
    }
}
