package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.Savepoints;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.ParsedReportStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class RuleViolationTest {

    @Autowired
    FindingsService findings;
    @Autowired
    CountRuleService rules;
    @Autowired
    TestData data;
    @Autowired
    ParsedReportStore store;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Savepoints savepoints;

    FindingsFixture f;

    @BeforeEach
    void setUp() {
        SignIn.as(Role.ADMIN);
        f = new FindingsFixture(data, store, indicators);
    }

    private List<String> messages(long periodId) {
        return findings.violations(periodId, null, 0, 100).stream()
                .map(v -> v.unitName() + "：" + v.message()).toList();
    }

    @Test
    void the_study_minimum_is_six_a_half_year_and_twelve_a_year() {
        long h1 = f.period(2031, "H1");
        long annual = f.period(2031, "ANNUAL");
        long low = f.unit("甲局");
        long enough = f.unit("乙局");
        f.report(low, h1, 2031, "H1", "一、主要工作\n召开中心组学习4次。\n");
        f.report(enough, h1, 2031, "H1", "一、主要工作\n召开中心组学习6次。\n");
        f.report(low, annual, 2031, "ANNUAL", "一、主要工作\n全年召开中心组学习12次。\n");
        f.report(enough, annual, 2031, "ANNUAL", "一、主要工作\n全年召开中心组学习10次。\n");
        assertEquals(List.of("甲局：中心组学习4次，少于应有的6次"), messages(h1));
        assertEquals(List.of("乙局：中心组学习10次，少于应有的12次"), messages(annual));
        RuleViolation v = findings.violations(h1, null, 0, 10).getFirst();
        assertEquals("召开中心组学习4次", v.text());
        assertEquals(v.text(), jdbc.sql("select substr(full_text, ? + 1, ? - ?) from submission where id = ?")
                .params(v.startOffset(), v.endOffset(), v.startOffset(), v.submissionId()).query(String.class).single());
    }

    @Test
    void fixed_problems_are_not_more_than_found_ones() {
        long h1 = f.period(2032, "H1");
        f.report(f.unit("甲局"), h1, 2032, "H1", "一、主要工作\n召开中心组学习6次。发现问题5个，已完成整改8个。\n");
        f.report(f.unit("乙局"), h1, 2032, "H1", "一、主要工作\n召开中心组学习6次。发现问题5个，已完成整改5个。\n");
        assertEquals(List.of("甲局：完成整改8个，多于发现问题5个"), messages(h1));
    }

    @Test
    void participants_are_not_fewer_than_volunteer_events() {
        long h1 = f.period(2033, "H1");
        f.report(f.unit("甲局"), h1, 2033, "H1", "一、主要工作\n召开中心组学习6次。开展志愿服务12场次，参与党员10人次。\n");
        f.report(f.unit("乙局"), h1, 2033, "H1", "一、主要工作\n召开中心组学习6次。开展志愿服务12场次，参与党员40人次。\n");
        assertEquals(List.of("甲局：志愿服务12场次，多于党员参与人次10人次"), messages(h1));
    }

    @Test
    void an_annual_count_is_not_below_the_same_years_half_year_count() {
        long h1 = f.period(2034, "H1");
        long annual = f.period(2034, "ANNUAL");
        long shrinking = f.unit("甲局");
        long growing = f.unit("乙局");
        f.report(shrinking, h1, 2034, "H1", "一、主要工作\n召开中心组学习6次，开展警示教育5次。\n");
        f.report(growing, h1, 2034, "H1", "一、主要工作\n召开中心组学习6次，开展警示教育5次。\n");
        f.report(shrinking, annual, 2034, "ANNUAL", "一、主要工作\n召开中心组学习12次，开展警示教育3次。\n");
        f.report(growing, annual, 2034, "ANNUAL", "一、主要工作\n召开中心组学习12次，开展警示教育7次。\n");
        assertEquals(List.of(), messages(h1));
        assertEquals(List.of("甲局：全年警示教育3次，少于上半年报告的5次"), messages(annual));
    }

    @Test
    void a_count_beyond_five_mads_from_the_city_median_is_an_outlier() {
        long h1 = f.period(2035, "H1");
        // 警示教育 2 3 3 4 4 5 40: median 4, absolute deviations 2 1 1 0 0 1 36, MAD 1; only 40 lies beyond 4 ± 5
        int[] counts = {2, 3, 3, 4, 4, 5, 40};
        String[] names = {"一局", "二局", "三局", "四局", "五局", "六局", "七局"};
        for (int i = 0; i < counts.length; i++) {
            f.report(f.unit(names[i]), h1, 2035, "H1", "一、主要工作\n召开中心组学习6次，开展警示教育" + counts[i] + "次。\n");
        }
        assertEquals(List.of("七局：警示教育40次，远离全市同期中位数4次（MAD 1）"), messages(h1));
        assertEquals(1, findings.violationCount(h1));
        RuleViolation v = findings.violations(h1, null, 0, 10).getFirst();
        assertEquals(new BigDecimal("4"), v.reference().stripTrailingZeros());
        assertEquals(new BigDecimal("1"), v.spread().stripTrailingZeros());

        // k = 40 keeps 40 inside 4 ± 40·1; k is the administrator's threshold
        RuleRow outlier = rule("CITY_OUTLIER");
        rules.update(new RuleForm(outlier.id(), outlier.version(), true, new BigDecimal("40")));
        assertEquals(List.of(), messages(h1));
    }

    @Test
    void a_disabled_rule_finds_nothing_and_the_change_is_audited() {
        long h1 = f.period(2036, "H1");
        f.report(f.unit("甲局"), h1, 2036, "H1", "一、主要工作\n召开中心组学习4次。\n");
        assertEquals(1, findings.violationCount(h1));
        RuleRow study = rule("STUDY_MINIMUM");
        rules.update(new RuleForm(study.id(), study.version(), false, new BigDecimal("6")));
        assertEquals(0, findings.violationCount(h1));
        assertEquals("中心组学习每半年不少于6次（全年12次）：启用，阈值6 → 停用，阈值6", jdbc.sql(
                "select detail from audit_log where action = 'COUNT_RULE_UPDATED' order by id desc limit 1")
                .query(String.class).single());
        RuleRow changed = rule("STUDY_MINIMUM");
        rules.update(new RuleForm(changed.id(), changed.version(), true, new BigDecimal("3")));
        assertEquals(0, findings.violationCount(h1));
        assertThrows(ConcurrentEditException.class,
                () -> rules.update(new RuleForm(study.id(), study.version(), true, new BigDecimal("6"))));
        UserInputException bad = assertThrows(UserInputException.class,
                () -> rules.update(new RuleForm(study.id(), rule("STUDY_MINIMUM").version(), true, BigDecimal.ZERO)));
        assertEquals("阈值须大于0且不超过10000", bad.getMessage());
    }

    @Test
    void a_reporter_sees_only_its_own_units_findings_and_only_administrators_edit_rules() {
        long h1 = f.period(2037, "H1");
        long own = f.unit("甲局");
        f.report(own, h1, 2037, "H1", "一、主要工作\n召开中心组学习4次。\n");
        f.report(f.unit("乙局"), h1, 2037, "H1", "一、主要工作\n召开中心组学习5次。\n");
        RuleRow study = rule("STUDY_MINIMUM");
        SignIn.as(Role.REPORTER, own);
        assertEquals(List.of("甲局：中心组学习4次，少于应有的6次"), messages(h1));
        for (Role role : List.of(Role.REPORTER, Role.ASSESSOR, Role.LEADER)) {
            SignIn.as(role, role == Role.REPORTER ? own : null);
            assertThrows(AccessDeniedException.class, () -> rules.list());
            assertThrows(AccessDeniedException.class,
                    () -> rules.update(new RuleForm(study.id(), study.version(), false, new BigDecimal("6"))));
        }
    }

    @Test
    void the_schema_refuses_an_unknown_kind_and_a_minimum_without_threshold() {
        RuntimeException unknown = savepoints.refusal(() -> jdbc.sql(
                "insert into count_rule (code, kind, name, units) values ('X', 'SOMETIMES', 'x', '次')").update());
        assertTrue(unknown.getMessage().contains("count_rule_kind_ck"), unknown.getMessage());
        RuntimeException minimum = savepoints.refusal(() -> jdbc.sql("""
                insert into count_rule (code, kind, name, indicator_id, units)
                values ('Y', 'MINIMUM', 'y', (select id from indicator where name = '党课'), '次')""").update());
        assertTrue(minimum.getMessage().contains("count_rule_minimum_ck"), minimum.getMessage());
        assertEquals(5, jdbc.sql("select count(*) from count_rule").query(Long.class).single());
    }

    private RuleRow rule(String code) {
        SignIn.as(Role.ADMIN);
        return rules.list().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
