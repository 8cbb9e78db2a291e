package com.jgdj.dashboard.completeness.ui;

import com.jgdj.dashboard.completeness.CompletenessFilter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompletenessChartTest {

    private static List<Double> data(JsonNode series) {
        List<Double> values = new ArrayList<>();
        series.get("data").forEach(n -> values.add(n.asDouble()));
        return values;
    }

    @Test
    void one_stacked_bar_per_category_on_time_late_missing_in_their_colours() {
        JsonNode config = JsonMapper.builder().build().readTree(CompletenessChart.of(List.of(
                new CompletenessChart.Bar("经济部门", 3, 1, 2), new CompletenessChart.Bar("群团组织", 0, 0, 4))).toString());
        assertEquals("bar", config.get("chart").get("type").asString());
        assertEquals(260, config.get("chart").get("height").asInt());
        assertEquals(true, config.get("chart").get("stacked").asBoolean());
        assertEquals(true, config.get("plotOptions").get("bar").get("horizontal").asBoolean());
        assertEquals(List.of("经济部门", "群团组织"),
                List.of(config.get("xaxis").get("categories").get(0).asString(),
                        config.get("xaxis").get("categories").get(1).asString()));
        JsonNode series = config.get("series");
        assertEquals(List.of("按时", "逾期", "未报送"), List.of(series.get(0).get("name").asString(),
                series.get(1).get("name").asString(), series.get(2).get("name").asString()));
        assertEquals(List.of(3.0, 0.0), data(series.get(0)));
        assertEquals(List.of(1.0, 0.0), data(series.get(1)));
        assertEquals(List.of(2.0, 4.0), data(series.get(2)));
        assertEquals(List.of("#2e7d32", "#f9a825", "#c62828"), List.of(config.get("colors").get(0).asString(),
                config.get("colors").get(1).asString(), config.get("colors").get(2).asString()));
        // whole units only on the value axis
        assertEquals(0, config.get("yaxis").get("decimalsInFloat").asInt());
        assertEquals(List.of(0, 6, 3), List.of(config.get("yaxis").get("min").asInt(),
                config.get("yaxis").get("max").asInt(), config.get("yaxis").get("tickAmount").asInt()));
    }

    @Test
    void a_click_on_a_series_stands_for_its_state() {
        assertEquals(CompletenessFilter.State.ON_TIME, CompletenessChart.state(0));
        assertEquals(CompletenessFilter.State.LATE, CompletenessChart.state(1));
        assertEquals(CompletenessFilter.State.MISSING, CompletenessChart.state(2));
    }
}
