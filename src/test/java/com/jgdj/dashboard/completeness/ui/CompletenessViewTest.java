package com.jgdj.dashboard.completeness.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.completeness.CompletenessFilter;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CompletenessViewTest extends KaribuTest {

    @Test
    void the_period_and_filters_come_from_the_url_and_a_chart_segment_filters_the_units() {
        long general = data.category("综合部门", 1);
        long economy = data.category("经济部门", 2);
        long a = data.unit("市财政局机关党委", economy, "机关党委", null, true);
        data.unit("市税务局党委", economy, "党委", null, true);
        data.unit("市委办公室机关党委", general, "机关党委", null, true);
        long old = data.period(2023, "ANNUAL", LocalDate.of(2024, 1, 15), "CLOSED");
        data.period(2024, "H1", LocalDate.of(2024, 7, 10), "OPEN");
        data.submission(a, old, "甲", "a.txt", true, "ACCEPTED");
        login(Role.ASSESSOR);

        open("completeness?period=" + old);
        CompletenessView view = _get(CompletenessView.class);
        assertEquals("2023年度", view.period.getValue().name());
        JsonNode config = view.chart.getConfig();
        assertEquals("[\"综合部门\",\"经济部门\"]", config.get("xaxis").get("categories").toString());
        assertEquals("[0.0,0.0]", config.get("series").get(0).get("data").toString());
        assertEquals("[0.0,1.0]", config.get("series").get(1).get("data").toString());
        assertEquals("[1.0,1.0]", config.get("series").get(2).get("data").toString());
        assertEquals(3, _size(view.units));

        // a click on the 未报送 segment of 经济部门
        view.chart.getElement().setProperty("dummy", 0);
        com.vaadin.flow.component.ComponentUtil.fireEvent(view.chart,
                new com.jgdj.dashboard.base.ui.chart.ApexChart.PointClickEvent(view.chart, true, 2, 1));
        assertEquals("经济部门", view.category.getValue().categoryName());
        assertEquals(CompletenessFilter.State.MISSING, view.state.getValue());
        assertEquals(1, _size(view.units));
        assertEquals("共 1 个单位", view.total.getText());
    }
}
