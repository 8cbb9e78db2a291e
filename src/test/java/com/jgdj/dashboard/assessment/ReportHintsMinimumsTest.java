package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.findings.CountMinimum;
import com.jgdj.dashboard.findings.CountRuleService;
import com.jgdj.dashboard.findings.RuleForm;
import com.jgdj.dashboard.findings.RuleRow;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.ReportAnalysis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The minimum counts of the grading hints have one home, the stored count rules: an administrator's edit of a rule
 * changes the hint, and no activity is given a second number in {@link ReportHints}.
 */
@IntegrationTest
class ReportHintsMinimumsTest {

    @Autowired
    CountRuleService rules;
    @Autowired
    JdbcClient jdbc;

    @Test
    void no_activity_with_a_stored_minimum_rule_has_a_second_number_in_the_hints() {
        List<String> ruled = jdbc.sql("""
                        select i.name from count_rule r join indicator i on i.id = r.indicator_id
                        where r.kind = 'MINIMUM' order by i.name""")
                .query(String.class).list();
        assertEquals(List.of("中心组学习"), ruled);
        assertEquals(List.of(), ReportHints.UNRULED_MINIMUMS.keySet().stream().filter(ruled::contains).toList());
    }

    @Test
    void the_hint_holds_a_count_to_the_minimum_the_administrator_set() {
        SignIn.as(Role.ADMIN);
        ReportAnalysis analysis = new ReportAnalysis(List.of(), List.of(), List.of(new ReportAnalysis.MetricRow(0,
                "召开中心组学习7次", BigDecimal.valueOf(7), "次", false, "中心组学习", 0, 8, 9)), List.of());
        assertEquals(List.of(new CountMinimum("中心组学习", new BigDecimal("6.00"))), rules.minimums());
        assertEquals("中心组学习 7次", first(analysis, false));
        assertEquals("中心组学习 7次，低于应有的12次", first(analysis, true));

        RuleRow study = rules.list().stream().filter(r -> r.code().equals("STUDY_MINIMUM")).findFirst().orElseThrow();
        rules.update(new RuleForm(study.id(), study.version(), true, new BigDecimal("7.5")));
        assertEquals("中心组学习 7次，低于应有的7.5次", first(analysis, false));
        assertEquals("中心组学习 7次，低于应有的15次", first(analysis, true));

        RuleRow changed = rules.list().stream().filter(r -> r.code().equals("STUDY_MINIMUM")).findFirst().orElseThrow();
        rules.update(new RuleForm(changed.id(), changed.version(), false, new BigDecimal("7.5")));
        assertEquals("中心组学习 7次", first(analysis, true));
    }

    private String first(ReportAnalysis analysis, boolean annual) {
        return ReportHints.from(analysis, annual, rules.minimums()).getFirst().message();
    }
}
