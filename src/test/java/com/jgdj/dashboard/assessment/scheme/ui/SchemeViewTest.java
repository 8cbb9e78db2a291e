package com.jgdj.dashboard.assessment.scheme.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SchemeViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_administrator_edits_the_default_scheme_and_copies_it_to_a_year() {
        login(Role.ADMIN);
        open("schemes");
        SchemeView view = _get(SchemeView.class);
        assertEquals("默认考核方案", view.scheme.getValue().name());
        assertEquals(90.0, view.excellent.getValue());
        assertEquals(30.0, view.quota.getValue());

        SchemeView.DimensionLine first = (SchemeView.DimensionLine) view.dimensions.lines.getComponentAt(0);
        first.max.setValue(25.0);
        clickFailing(view.dimensions.save);
        expectNotifications("各考核指标满分合计应为100分，现为105分");

        view.quota.setValue(25.0);
        _click(view.saveSettings);
        expectNotifications("考核方案设置已保存");
        assertEquals("0.250", jdbc.sql("select excellent_quota::text from assessment_scheme where year is null")
                .query(String.class).single());

        view.copyYear.setValue(2025);
        _click(view.copy);
        expectNotifications("已复制为2025年度考核方案");
        assertEquals("2025年度考核方案", view.scheme.getValue().name());
        assertEquals(25.0, view.quota.getValue());
    }
}
