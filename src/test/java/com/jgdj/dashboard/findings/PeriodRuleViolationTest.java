package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.submission.ParsedReportStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The count rules' violations are kept by the database per period: a committed report computes its period's
 * violations again (and the same year's annual period's, when it is a half-year report), a committed rule change every
 * period's; a rolled-back one changes nothing. Real transactions; the test removes what it made and puts the rule back.
 */
@SpringBootTest
class PeriodRuleViolationTest {

    private static final String STUDY_THRESHOLD = "select threshold from count_rule where code = 'STUDY_MINIMUM'";

    @Autowired
    TestData data;
    @Autowired
    ParsedReportStore store;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private FindingsFixture f;
    private long h1;
    private long annual;
    private long first;
    private String studyThreshold;

    @Test
    void committed_reports_and_rule_changes_compute_the_stored_violations_again() {
        studyThreshold = jdbc.sql(STUDY_THRESHOLD).query(String.class).single();
        transactions.executeWithoutResult(s -> {
            f = new FindingsFixture(data, store, indicators);
            h1 = f.period(2041, "H1");
            annual = f.period(2041, "ANNUAL");
            first = f.unit("甲局");
            long second = f.unit("乙局");
            f.report(first, h1, 2041, "H1", "一、主要工作\n召开中心组学习4次，开展警示教育5次。\n");
            f.report(second, h1, 2041, "H1", "一、主要工作\n召开中心组学习6次，开展警示教育5次。\n");
            f.report(first, annual, 2041, "ANNUAL", "一、主要工作\n召开中心组学习12次，开展警示教育6次。\n");
        });
        assertEquals(List.of("甲局 STUDY_MINIMUM 4 < 6"), stored(h1));
        assertEquals(List.of(), stored(annual));

        // a new version of the half-year report: its period and the same year's annual period are compared again
        transactions.executeWithoutResult(s -> {
            jdbc.sql("update submission set latest = false where unit_id = ? and period_id = ?").params(first, h1)
                    .update();
            f.report(first, h1, 2041, "H1", "一、主要工作\n召开中心组学习6次，开展警示教育8次。\n", 2);
        });
        assertEquals(List.of(), stored(h1));
        assertEquals(List.of("甲局 HALF_NOT_ABOVE_ANNUAL 6 < 8"), stored(annual));

        transactions.executeWithoutResult(s -> {
            jdbc.sql("update count_rule set threshold = 7 where code = 'STUDY_MINIMUM'").update();
            s.setRollbackOnly();
        });
        assertEquals(List.of(), stored(h1));

        transactions.executeWithoutResult(s -> jdbc.sql("update count_rule set threshold = 7 where code = 'STUDY_MINIMUM'")
                .update());
        assertEquals(List.of("甲局 STUDY_MINIMUM 6 < 7", "乙局 STUDY_MINIMUM 6 < 7"), stored(h1));
        assertEquals(List.of("甲局 HALF_NOT_ABOVE_ANNUAL 6 < 8", "甲局 STUDY_MINIMUM 12 < 14"), stored(annual));

        transactions.executeWithoutResult(s -> jdbc.sql("update count_rule set enabled = false where code = 'STUDY_MINIMUM'")
                .update());
        assertEquals(List.of(), stored(h1));
    }

    @Test
    void the_database_holds_annual_reports_to_the_same_multiple_as_the_grading_hints() {
        assertEquals(CountMinimum.ANNUAL_FACTOR, jdbc.sql("select count_rule_annual_factor()").query(Integer.class)
                .single());
    }

    private List<String> stored(long period) {
        return jdbc.sql("""
                select u.name || ' ' || r.code || ' ' || v.number::int || ' < ' || v.reference::int
                from period_rule_violation v
                join org_unit u on u.id = v.unit_id
                join count_rule r on r.id = v.rule_id
                where v.period_id = ?
                order by u.name collate "zh-x-icu", r.code""").param(period).query(String.class).list();
    }

    @AfterEach
    void removeFixture() {
        if (f == null) {
            return;
        }
        transactions.executeWithoutResult(s -> {
            jdbc.sql("update count_rule set threshold = cast(? as numeric), enabled = true where code = 'STUDY_MINIMUM'")
                    .param(studyThreshold).update();
            jdbc.sql("delete from submission where period_id in (?, ?)").params(h1, annual).update();
            jdbc.sql("delete from reporting_period where id in (?, ?)").params(h1, annual).update();
            jdbc.sql("delete from org_unit where category_id = (select id from category where name = '核对测试类')")
                    .update();
            jdbc.sql("delete from category where name = '核对测试类'").update();
        });
    }
}
