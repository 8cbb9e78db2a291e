package com.jgdj.dashboard.base.ui.chart;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChartBuildersTest {

    @Test
    void a_stacked_horizontal_bar_chart_carries_categories_series_and_colours() {
        ObjectNode c = BarChartBuilder.categories(List.of("甲", "乙")).series("按时", List.of(3, 4), "#111111")
                .series("逾期", List.of(1, 0), "#222222").stacked().horizontal().build().json();
        assertEquals("bar", c.get("chart").get("type").asString());
        assertEquals(true, c.get("chart").get("stacked").asBoolean());
        assertEquals(true, c.get("plotOptions").get("bar").get("horizontal").asBoolean());
        assertEquals("[{\"name\":\"按时\",\"data\":[3.0,4.0]},{\"name\":\"逾期\",\"data\":[1.0,0.0]}]",
                c.get("series").toString());
        assertEquals("[\"#111111\",\"#222222\"]", c.get("colors").toString());
    }

    @Test
    void counts_of_units_get_whole_ticks_from_zero_to_a_multiple_of_the_step() {
        // stacked: the longest bar is 3 + 4 = 7 units → steps of 2 up to 8, four intervals, no decimals
        ObjectNode c = BarChartBuilder.categories(List.of("甲", "乙")).series("按时", List.of(3, 1), "#111111")
                .series("逾期", List.of(4, 0), "#222222").stacked().horizontal().integerValues().build().json();
        assertEquals("{\"min\":0,\"max\":8,\"tickAmount\":4,\"forceNiceScale\":false,\"decimalsInFloat\":0}",
                c.get("yaxis").toString());
        assertEquals(4, c.get("xaxis").get("tickAmount").asInt());
        // horizontal with at most 2 units: 0–4 in whole steps (ApexCharts writes 1.0, 2.0 below a range of 4)
        ObjectNode few = BarChartBuilder.categories(List.of("甲")).series("按时", List.of(2), "#111111").horizontal()
                .integerValues().build().json();
        assertEquals(4, few.get("yaxis").get("max").asInt());
        assertEquals(4, few.get("xaxis").get("tickAmount").asInt());
        // one unit at most: the axis still runs 0–1 in one whole step
        ObjectNode one = BarChartBuilder.categories(List.of("甲")).series("单位数", List.of(1), "#111111")
                .integerValues().build().json();
        assertEquals("{\"min\":0,\"max\":1,\"tickAmount\":1,\"forceNiceScale\":false,\"decimalsInFloat\":0}",
                one.get("yaxis").toString());
    }

    @Test
    void ranks_get_whole_ticks_from_one_and_points_can_be_clicked() {
        ObjectNode c = LineChartBuilder.categories(List.of("甲", "乙", "丙")).series("排名", Arrays.asList(12, null, 23), "#111111")
                .seriesOnSecondAxis("总分", List.of(80, 85, 90), "#222222").reversedY().integerY().build().json();
        assertEquals(1, c.get("yaxis").get(0).get("min").asInt());
        assertEquals(26, c.get("yaxis").get(0).get("max").asInt());
        assertEquals(5, c.get("yaxis").get(0).get("tickAmount").asInt());
        assertEquals(0, c.get("yaxis").get(0).get("decimalsInFloat").asInt());
        assertEquals(false, c.get("yaxis").get(1).has("tickAmount"));
        assertEquals("{\"shared\":false,\"intersect\":true}", c.get("tooltip").toString());
    }

    @Test
    void a_series_must_have_one_value_per_category() {
        assertThrows(IllegalArgumentException.class,
                () -> BarChartBuilder.categories(List.of("甲", "乙")).series("x", List.of(1), "#000000"));
    }

    @Test
    void a_donut_has_one_slice_per_grade() {
        ObjectNode c = DonutChartBuilder.create().slice("优秀", 4, ChartColors.GRADE_EXCELLENT)
                .slice("良好", 10, ChartColors.GRADE_GOOD).build().json();
        assertEquals("[4.0,10.0]", c.get("series").toString());
        assertEquals("[\"优秀\",\"良好\"]", c.get("labels").toString());
    }

    @Test
    void a_line_keeps_gaps_and_can_put_a_series_on_a_second_axis() {
        ObjectNode c = LineChartBuilder.categories(List.of("2023年上半年", "2023年度", "2024年上半年"))
                .series("平均分", Arrays.asList(85.5, null, 88.0), "#111111")
                .seriesOnSecondAxis("按时率", List.of(80, 70, 90), "#222222").build().json();
        assertEquals("[85.5,null,88.0]", c.get("series").get(0).get("data").toString());
        assertEquals(true, c.get("yaxis").get(1).get("opposite").asBoolean());
    }

    @Test
    void a_heatmap_lists_its_first_row_on_top() {
        ObjectNode c = HeatmapChartBuilder.columns(List.of("政治建设", "组织建设"))
                .row("单位甲", List.of(90, 75.55)).row("单位乙", Arrays.asList(60, null)).build().json();
        assertEquals("单位乙", c.get("series").get(0).get("name").asString());
        assertEquals("单位甲", c.get("series").get(1).get("name").asString());
        assertEquals("[{\"x\":\"政治建设\",\"y\":90.0},{\"x\":\"组织建设\",\"y\":75.6}]",
                c.get("series").get(1).get("data").toString());
    }

    @Test
    void a_radar_has_one_axis_per_dimension() {
        ObjectNode c = RadarChartBuilder.axes(List.of("政治", "思想", "组织"))
                .series("本单位", List.of(90, 80, 70), "#111111").series("全市平均", List.of(85, 85, 85), "#222222")
                .build().json();
        assertEquals("radar", c.get("chart").get("type").asString());
        assertEquals("[\"政治\",\"思想\",\"组织\"]", c.get("xaxis").get("categories").toString());
        assertEquals(2, c.get("series").size());
    }

    @Test
    void a_missing_value_is_null_in_every_chart_never_zero_and_the_radar_names_it_on_its_axis() {
        ObjectNode radar = RadarChartBuilder.axes(List.of("政治", "思想", "组织"))
                .series("本单位", java.util.Arrays.asList(90.04, null, 0), "#111111")
                .series("全市平均", java.util.Arrays.asList(85, null, null), "#222222")
                .build().json();
        assertEquals("[90.0,null,0.0]", radar.get("series").get(0).get("data").toString());
        assertEquals("[85.0,null,null]", radar.get("series").get(1).get("data").toString());
        assertEquals("[\"政治\",\"思想（本单位、全市平均无数据）\",\"组织（全市平均无数据）\"]",
                radar.get("xaxis").get("categories").toString());

        ObjectNode bar = BarChartBuilder.categories(List.of("甲", "乙"))
                .series("得分", java.util.Arrays.asList(null, 3), "#111111").build().json();
        assertEquals("[null,3.0]", bar.get("series").get(0).get("data").toString());
    }
}
