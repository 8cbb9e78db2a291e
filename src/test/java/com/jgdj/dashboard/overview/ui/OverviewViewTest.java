package com.jgdj.dashboard.overview.ui;

import com.jgdj.dashboard.KpiTiles;
import com.vaadin.flow.component.Html;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.ui.chart.ApexChart;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OverviewViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    long economy;
    long general;
    long h1;
    long annual;
    long finance;
    long tax;
    long office;

    @BeforeEach
    void data() {
        general = data.category("综合部门", 1);
        economy = data.category("经济部门", 2);
        finance = data.unit("市财政局机关党委", economy, "机关党委", null, true);
        tax = data.unit("市税务局党委", economy, "党委", null, true);
        office = data.unit("市委办公室机关党委", general, "机关党委", null, true);
        h1 = data.period(2024, "H1", LocalDate.of(2024, 7, 10), "CLOSED");
        annual = data.period(2024, "ANNUAL", LocalDate.of(2025, 1, 15), "OPEN");
        data.submission(finance, h1, "甲", "a.txt", false, "ACCEPTED");
        data.submission(tax, h1, "乙", "b.txt", true, "ACCEPTED");
        data.submission(office, h1, "丙", "c.txt", false, "ACCEPTED");
        data.submission(finance, annual, "甲", "a2.txt", false, "SUBMITTED");
        long scheme = jdbc.sql("select id from assessment_scheme where year is null").query(Long.class).single();
        assess(finance, h1, scheme, "92.0", "EXCELLENT");
        assess(tax, h1, scheme, "78.5", "FAIR");
        assess(office, h1, scheme, "85.0", "GOOD");
    }

    private void assess(long unit, long period, long scheme, String total, String grade) {
        jdbc.sql("""
                insert into assessment (unit_id, period_id, scheme_id, status, total, grade, updated_by)
                values (?, ?, ?, 'PUBLISHED', ?, ?, 'test')""")
                .params(unit, period, scheme, new java.math.BigDecimal(total), grade).update();
    }

    private OverviewView view() {
        return _get(OverviewView.class);
    }

    private JsonNode config(String card) {
        return view().shown.get(card).chart.getConfig();
    }

    private List<String> kpis() {
        return _find(Html.class, s -> s.withClasses("kpi-card")).stream().map(KpiTiles::value).toList();
    }

    @Test
    void the_closed_period_is_shown_by_default_with_its_figures_and_charts() {
        login(Role.LEADER);
        open("");
        assertEquals("2024年上半年", view().period.getValue().name());
        assertEquals(List.of("3", "3", "2（66.7%）", "85.2", "1 / 1", "0", "0", "0", "0", "0", "0"), kpis());
        assertEquals("[1.0,1.0,1.0]", config("card-grades").get("series").toString());
        assertEquals("[\"优秀\",\"良好\",\"一般\"]", config("card-grades").get("labels").toString());
        assertEquals("[\"市财政局机关党委\",\"市委办公室机关党委\",\"市税务局党委\"]",
                config("card-ranking").get("xaxis").get("categories").toString());
        assertEquals("[0.0,0.0,78.5]", config("card-ranking").get("series").get(2).get("data").toString());
        assertEquals("[0.0,0.0,0.0,0.0,1.0,0.0,1.0,1.0,0.0,0.0]", config("card-histogram").get("series").get(0).get("data").toString());
        assertEquals("[85.2,null]", config("card-trend").get("series").get(0).get("data").toString());
        assertEquals("[66.7,33.3]", config("card-trend").get("series").get(1).get("data").toString());
        assertEquals("[\"综合部门\",\"经济部门\"]", config("card-completeness").get("xaxis").get("categories").toString());
        assertEquals("[0.0,1.0]", config("card-completeness").get("series").get(1).get("data").toString());
    }

    @Test
    void a_filter_change_changes_every_card_and_lives_in_the_url() {
        login(Role.LEADER);
        open("");
        view().category.setValue(view().category.getListDataView().getItems()
                .filter(c -> c.name().equals("经济部门")).findFirst().orElseThrow());
        assertEquals(List.of("2", "2", "1（50.0%）", "85.3", "1 / 1", "0", "0", "0", "0", "0", "0"), kpis());
        assertEquals("[\"市财政局机关党委\",\"市税务局党委\"]",
                config("card-ranking").get("xaxis").get("categories").toString());
        assertEquals("[\"经济部门\"]", config("card-completeness").get("xaxis").get("categories").toString());

        view().grade.setValue(Grade.FAIR);
        assertEquals(List.of("1", "1", "0（0.0%）", "78.5", "0 / 1", "0", "0", "0", "0", "0", "0"), kpis());

        // a bookmarked URL restores all filters
        open("?period=" + h1 + "&category=" + economy + "&grade=FAIR");
        assertEquals("经济部门", view().category.getValue().name());
        assertEquals(Grade.FAIR, view().grade.getValue());
        assertEquals("[\"市税务局党委\"]", config("card-ranking").get("xaxis").get("categories").toString());
    }

    @Test
    void drill_down_opens_the_unit_or_the_list_of_units_with_the_filter() {
        login(Role.LEADER);
        open("");
        click("card-ranking", 0, 1);
        assertEquals("units/" + office, UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        assertEquals("period=" + h1, UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getQueryString());

        open("");
        click("card-completeness", 1, 1);
        assertEquals("completeness", UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        assertEquals("经济部门", _get(com.vaadin.flow.component.combobox.ComboBox.class,
                s -> s.withLabel("单位类别")).getValue() instanceof com.jgdj.dashboard.completeness.CategoryCompletenessRow c
                ? c.categoryName() : "");

        open("");
        click("card-grades", 0, 2);
        assertEquals("rankings", UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        assertEquals("grade=FAIR&period=" + h1, sortedQuery());
    }

    @Test
    void a_heatmap_cell_opens_the_unit_at_that_dimension() {
        List<Long> dimensions = jdbc.sql("""
                select d.id from scheme_dimension d join assessment_scheme s on s.id = d.scheme_id
                where s.year is null order by d.sort_order, d.id""").query(Long.class).list();
        for (long unit : List.of(finance, tax)) {
            long assessment = jdbc.sql("select id from assessment where unit_id = ? and period_id = ?")
                    .params(unit, h1).query(Long.class).single();
            for (long dimension : dimensions) {
                jdbc.sql("insert into assessment_score (assessment_id, dimension_id, points) values (?, ?, 5)")
                        .params(assessment, dimension).update();
            }
        }
        login(Role.LEADER);
        open("");
        // rows are the lowest totals first: 市税务局党委 (78.5) on top, drawn as the last series
        JsonNode heatmap = config("card-heatmap");
        assertEquals("市税务局党委", heatmap.get("series").get(1).get("name").asString());
        click("card-heatmap", 1, 2);
        assertEquals("units/" + tax, UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        assertEquals("dimension=" + dimensions.get(2) + "&period=" + h1, sortedQuery());
    }

    private String sortedQuery() {
        return String.join("&", UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getParameters().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue())).toList());
    }

    private void click(String card, int series, int point) {
        ApexChart chart = view().shown.get(card).chart;
        ComponentUtil.fireEvent(chart, new ApexChart.PointClickEvent(chart, true, series, point));
    }
}
