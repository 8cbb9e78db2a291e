package com.jgdj.dashboard.findings.ui;

import com.jgdj.dashboard.KpiTiles;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.findings.FindingsFixture;
import com.jgdj.dashboard.findings.PlanDeliveryTest;
import com.jgdj.dashboard.findings.RuleRow;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.ParsedReportStore;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.NumberField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FindingsViewsTest extends KaribuTest {

    @Autowired
    ParsedReportStore store;
    @Autowired
    IndicatorService indicators;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void only_administrators_open_the_rules_page() {
        for (Role role : List.of(Role.ASSESSOR, Role.LEADER)) {
            login(role);
            try {
                open("rules");
            } catch (Error denied) {
                // Karibu reports a refused route as MockAccessDeniedException, an Error
            }
            assertFalse(UI.getCurrent().getCurrentView() instanceof RuleListView, role.name());
        }
    }

    @Test
    void an_administrator_switches_a_rule_off_and_its_findings_disappear() {
        FindingsFixture f = new FindingsFixture(data, store, indicators);
        long unit = f.unit("甲局");
        long h1 = f.period(2041, "H1");
        f.report(unit, h1, 2041, "H1", "一、主要工作\n召开中心组学习4次。\n");
        login(Role.ADMIN);
        open("findings?period=" + h1);
        FindingListView list = _get(FindingListView.class);
        assertEquals(1, _size(list.grid));
        assertEquals("中心组学习4次，少于应有的6次", _get(list.grid, 0).message());
        assertEquals("共 1 条提示（提示不自动扣分）", list.summary.getText());

        open("rules");
        RuleListView rules = _get(RuleListView.class);
        assertEquals(5, _size(rules.grid));
        RuleRow study = _get(rules.grid, 0);
        assertEquals("中心组学习每半年不少于6次（全年12次）", study.name());
        rules.editor(study).open();
        _get(Checkbox.class, spec -> spec.withCaption("启用")).setValue(false);
        assertEquals(6.0, _get(NumberField.class).getValue());
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("保存")));
        expectNotifications("已保存规则：中心组学习每半年不少于6次（全年12次）");
        assertEquals(false, _get(rules.grid, 0).enabled());

        open("findings?period=" + h1);
        assertEquals(0, _size(_get(FindingListView.class).grid));
    }

    @Test
    void the_overview_counts_the_periods_violations_and_opens_their_list() {
        FindingsFixture f = new FindingsFixture(data, store, indicators);
        long h1 = f.period(2043, "H1");
        f.report(f.unit("甲局"), h1, 2043, "H1", "一、主要工作\n召开中心组学习4次。发现问题5个，已完成整改8个。\n");
        f.report(f.unit("乙局"), h1, 2043, "H1", "一、主要工作\n召开中心组学习6次。\n");
        login(Role.LEADER);
        open("?period=" + h1);
        Anchor kpi = _get(Anchor.class, spec -> spec.withId("kpi-rule-violations"));
        assertEquals("findings?period=" + h1, kpi.getHref());
        assertEquals("2", KpiTiles.value(kpi));
    }

    @Test
    void the_unit_page_lists_the_rule_violations_of_the_units_report() {
        FindingsFixture f = new FindingsFixture(data, store, indicators);
        long unit = f.unit("甲局");
        long h1 = f.period(2042, "H1");
        f.report(unit, h1, 2042, "H1", "一、主要工作\n召开中心组学习4次。\n");
        login(Role.ADMIN);
        open("units/" + unit + "?period=" + h1);
        assertEquals(1, _find(H3.class, spec -> spec.withText("数字核对提示")).size());
    }

    @Test
    void the_unit_page_shows_how_last_periods_plans_were_delivered() {
        FindingsFixture f = new FindingsFixture(data, store, indicators);
        long unit = f.unit("甲局");
        long h1 = f.period(2044, "H1");
        long annual = f.period(2044, "ANNUAL");
        f.report(unit, h1, 2044, "H1", PlanDeliveryTest.PLANNED);
        f.report(unit, annual, 2044, "ANNUAL", PlanDeliveryTest.DELIVERED);
        login(Role.ASSESSOR);
        open("units/" + unit + "?period=" + annual);
        assertEquals(1, _find(H3.class, spec -> spec.withText("上期工作打算落实情况")).size());
        assertEquals("2044年上半年报告的工作打算共3项，本期工作部分可见落实2项（66.7%）；按用词相近程度估计，仅供参考。",
                _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("plan-delivery-summary"))
                        .getText());
    }

    @Test
    void the_overview_counts_each_kind_of_finding_with_its_filters_and_opens_the_lists_with_them() {
        FindingsFixture f = new FindingsFixture(data, store, indicators);
        long other = data.category("核对另一类", 95);
        long h1 = f.period(2048, "H1");
        long annual = f.period(2048, "ANNUAL");
        long jia = f.unit("甲局");
        long yi = data.unit("乙局", other, "党委", "书记9", true);
        f.report(jia, h1, 2048, "H1", PlanDeliveryTest.PLANNED);
        f.report(jia, annual, 2048, "ANNUAL", PlanDeliveryTest.DELIVERED);
        f.report(yi, annual, 2048, "ANNUAL", "一、主要工作\n召开中心组学习4次。\n");
        long category = jdbc.sql("select category_id from org_unit where id = ?").param(jia).query(Long.class).single();
        login(Role.LEADER);
        open("?period=" + annual + "&category=" + category);
        Anchor rules = _get(Anchor.class, spec -> spec.withId("kpi-rule-violations"));
        Anchor copies = _get(Anchor.class, spec -> spec.withId("kpi-copy-pairs"));
        Anchor gaps = _get(Anchor.class, spec -> spec.withId("kpi-plan-gaps"));
        assertEquals(List.of("0", "0", "1"), List.of(rules, copies, gaps).stream()
                .map(KpiTiles::value).toList());
        String filters = "?period=" + annual + "&category=" + category;
        assertEquals(List.of("findings" + filters, "similarity" + filters, "findings/plans" + filters),
                List.of(rules.getHref(), copies.getHref(), gaps.getHref()));

        open(gaps.getHref());
        PlanGapListView list = _get(PlanGapListView.class);
        assertEquals("单位类别：核对测试类", list.filterLine.getText());
        assertEquals("共 1 项上期工作打算在本期报告中未见落实（按文字比对，仅供参考）", list.summary.getText());
        assertEquals("甲局 （三）建设智慧党建平台，实现党费线上缴纳。 7%", List.of(_get(list.grid, 0)).stream()
                .map(g -> g.unitName() + " " + g.itemText() + " " + g.percent()).findFirst().orElseThrow());

        open("?period=" + annual);
        assertEquals("1", KpiTiles.value(_get(Anchor.class, spec -> spec.withId("kpi-rule-violations"))));
        open("findings?period=" + annual + "&category=" + other);
        FindingListView violations = _get(FindingListView.class);
        assertEquals("单位类别：核对另一类", violations.filterLine.getText());
        assertEquals("乙局 中心组学习4次，少于应有的12次", _get(violations.grid, 0).unitName() + " "
                + _get(violations.grid, 0).message());
        assertEquals(1, _size(violations.grid));
    }
}
