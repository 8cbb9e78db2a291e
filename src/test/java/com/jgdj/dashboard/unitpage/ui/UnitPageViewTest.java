package com.jgdj.dashboard.unitpage.ui;

import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.StatementLog;
import com.jgdj.dashboard.orgunit.ui.OrgUnitNavigation;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.unitpage.UnitPeriodOption;
import com.jgdj.dashboard.unitpage.UnitProfileFixture;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitPageViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    UnitProfileFixture f;

    @BeforeEach
    void results() {
        f = new UnitProfileFixture(data, jdbc);
    }

    private static List<Double> data(JsonNode series) {
        List<Double> values = new ArrayList<>();
        series.get("data").forEach(n -> values.add(n.isNull() ? null : n.asDouble()));
        return values;
    }

    @Test
    void the_unit_page_shows_the_grade_and_rank_history_of_the_unit() {
        login(Role.LEADER);
        open("units/" + f.unit);
        GradeHistoryChart chart = _get(GradeHistoryChart.class);
        JsonNode config = chart.getConfig();
        assertEquals("排名", config.get("series").get(0).get("name").asString());
        assertEquals(List.of(2.0, 4.0), data(config.get("series").get(0)));
        assertEquals(List.of(90.0, 86.0), data(config.get("series").get(1)));
        assertTrue(config.get("yaxis").get(0).get("reversed").asBoolean());
        assertEquals(List.of("2023年上半年", "2023年度"), chart.periods());
        assertEquals(List.of("优秀", "良好"), chart.grades());

        UnitHeaderCard header = _get(UnitHeaderCard.class);
        assertEquals("良好", header.grade.getText());
        assertEquals("全市第4名（共5个单位），综合部门第2名（共2个）", header.rank.getText());
        assertEquals("双约谈：未列入约谈名单", header.interview.getText());
        // dimensions the unit was not scored on are missing (null), not 0
        assertEquals(java.util.Arrays.asList(80.0, null, 75.0, null, null, null, null),
                data(_get(DimensionRadarChart.class).getConfig().get("series").get(0)));
        assertEquals(List.of(8.0, 3.0), data(_get(IndicatorMedianChart.class).getConfig().get("series").get(0)));
        assertEquals(List.of(9.0, 4.0), data(_get(IndicatorMedianChart.class).getConfig().get("series").get(1)));
        assertEquals(List.of("总分：90 → 86（-4）", "排名：第2名 → 第4名（下降2位）", "等次：优秀 → 良好",
                "问题标记：3处 → 2处（-1）", "政治建设：18 → 16（-2）", "组织建设：15 → 15（0）",
                "中心组学习（次）：5 → 8（+3）", "主题党日（次）：— → 3（新增）", "警示教育（次）：2 → —（本期未提及）"),
                _get(UnitChangesCard.class).lines());
        assertEquals(2, _size(_get(UnitSubmissionsGrid.class)));
    }

    @Test
    void the_period_parameter_selects_the_period_and_the_selector_switches_it() {
        login(Role.ASSESSOR);
        open("units/" + f.unit + "?period=" + f.h1);
        UnitHeaderCard header = _get(UnitHeaderCard.class);
        assertEquals(f.h1, header.period.getValue().id());
        assertEquals("优秀", header.grade.getText());
        assertEquals(UnitProfileFixture.PREVIOUS_REPORT, _get(UnitReportCard.class).reader.displayedText());

        UnitPeriodOption annual = header.period.getListDataView().getItems()
                .filter(p -> p.id() == f.annual).findFirst().orElseThrow();
        header.period.setValue(annual);
        assertEquals(f.annual, _get(UnitHeaderCard.class).period.getValue().id());
        assertEquals(UnitProfileFixture.REPORT, _get(UnitReportCard.class).reader.displayedText());
    }

    @Test
    void the_dimension_parameter_shows_the_score_and_evidence_and_evidence_scrolls_the_report() {
        login(Role.LEADER);
        open("units/" + f.unit + "?period=" + f.annual + "&dimension=" + f.organisation);
        UnitReportCard card = _get(UnitReportCard.class);
        assertEquals("组织建设：15 / 20 分（75%，全市平均79%）", card.dimensionScore.getText());
        assertEquals(List.of("主题党日：主题党日3次"), card.evidence.stream().map(Button::getText).toList());
        _click(card.evidence.getFirst());
        assertEquals("3次", _get(card.reader, Span.class, spec -> spec.withClasses("hl-focus")).getText());
    }

    @Test
    void opening_the_unit_page_reads_the_report_text_once() {
        login(Role.LEADER);
        List<String> statements = StatementLog.during(() -> open("units/" + f.unit + "?period=" + f.annual));
        // the page's report once; the plan check (上期工作打算) reads it together with the previous period's report in
        // one statement of its own
        long planCheck = StatementLog.count(statements, "seq - 1 from reporting_period");
        assertEquals(1, planCheck, statements.toString());
        assertEquals(1, StatementLog.count(statements, "full_text") - planCheck, statements.toString());
        assertTrue(_get(UnitReportCard.class).reader != null);
    }

    @Test
    void bonuses_and_deductions_show_their_evidence_which_scrolls_the_report() {
        int start = UnitProfileFixture.REPORT.indexOf("6次");
        jdbc.sql("""
                insert into assessment_adjustment (assessment_id, position, item_id, points, reason,
                    evidence_submission_id, evidence_start, evidence_end, evidence_text, evidence_kind)
                select a.id, 1, i.id, 0.5, '中心组学习次数偏少', ?, ?, ?, '中心组学习6次', 'COUNT'
                from assessment a, scheme_item i
                where a.unit_id = ? and a.period_id = ? and i.name = '组织生活开展次数不足'
                  and i.scheme_id = a.scheme_id""")
                .params(f.report, start, start + 2, f.unit, f.annual).update();
        login(Role.LEADER);
        open("units/" + f.unit + "?period=" + f.annual);
        UnitReportCard card = _get(UnitReportCard.class);
        assertEquals(List.of("扣分 0.5：组织生活开展次数不足（中心组学习次数偏少）：中心组学习6次"),
                card.adjustments.stream().map(Button::getText).toList());
        _click(card.adjustments.getFirst());
        assertEquals("6次", _get(card.reader, Span.class, spec -> spec.withClasses("hl-focus")).getText());
    }

    @Test
    void other_features_open_the_unit_at_a_period_and_dimension() {
        login(Role.LEADER);
        OrgUnitNavigation.toUnit(UnitId.of(f.unit), PeriodId.of(f.h1), f.politics);
        assertEquals(f.h1, _get(UnitHeaderCard.class).period.getValue().id());
        assertEquals("政治建设：18 / 20 分（90%，全市平均90%）", _get(UnitReportCard.class).dimensionScore.getText());
        assertEquals(List.of(), _get(UnitReportCard.class).evidence);
    }

    @Test
    void printing_writes_the_unit_period_and_time_into_the_print_line() {
        login(Role.LEADER);
        open("units/" + f.unit);
        UnitHeaderCard header = _get(UnitHeaderCard.class);
        _click(header.print);
        assertTrue(header.printLine.getText().startsWith("单位：市委办公室机关党委　报送期：2023年度　打印时间："),
                header.printLine.getText());
    }

    @Test
    void a_reporter_cannot_open_another_units_page_but_sees_its_own() {
        login(Role.REPORTER, f.units.units[1]);
        open("units/" + f.unit);
        _assertNone(UnitProfilePanel.class);
        _get(Span.class, spec -> spec.withText("未找到该单位，或您无权查看。"));
        open("units/" + f.units.units[1]);
        assertEquals("全市第2名（共5个单位），经济部门第1名（共3个）", _get(UnitHeaderCard.class).rank.getText());
    }
}
