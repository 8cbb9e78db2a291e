package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.base.db.EmbeddedDatabase;
import com.jgdj.dashboard.base.db.OwnerCleanup;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The grading page's actions with real transactions: this test commits (unlike the other UI tests, which run in one
 * rolled-back transaction where a refused action cannot be seen to roll back) and removes what it created.
 */
class GradingTransactionsTest extends KaribuTest {

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void a_refused_submit_stores_nothing_of_the_entries_it_would_have_saved() {
        long category = data.category("群团组织（事务测试）", 99);
        long unit = data.unit("事务测试单位", category, "党总支", "王", true);
        long period = data.period(2031, "H1", LocalDate.of(2031, 7, 10), "CLOSED");
        try {
            login(Role.ASSESSOR);
            open("assessments/" + period + "/" + unit);
            AssessmentEditorView editor = _get(AssessmentEditorView.class);
            _click(editor.createScheme);
            expectNotifications("已建立2031年度考核方案");
            editor.form.dimensionFields.values().iterator().next().setValue(18.0);

            clickFailing(editor.submit);
            expectNotifications("尚有考核指标未评分，不能提交审核");
            assertEquals(0L, count("select count(*) from assessment where period_id = ?", period));
            assertEquals(0L, count("select count(*) from audit_log where action like 'ASSESSMENT%' and entity_id in "
                    + "(select id from assessment where period_id = ?)", period));

            editor.form.dimensionFields.values().forEach(f -> f.setValue(f.getMax()));
            _click(editor.submit);
            expectNotifications("已提交审核");
            assertEquals("REVIEW 100.0", jdbc.sql("select status || ' ' || total from assessment where period_id = ?")
                    .param(period).query(String.class).single());
        } finally {
            OwnerCleanup.run(database, owner -> {
                owner.sql("delete from audit_log where unit_id = ? or period_id = ?").params(unit, period).update();
                owner.sql("delete from audit_log where entity_type = 'assessment' and entity_id in "
                        + "(select id from assessment where period_id = ?)").param(period).update();
                owner.sql("delete from assessment where period_id = ?").param(period).update();
                owner.sql("delete from audit_log where entity_type = 'assessment_scheme' and entity_id in "
                        + "(select id from assessment_scheme where year = 2031)").update();
                owner.sql("delete from assessment_scheme where year = 2031").update();
                owner.sql("delete from reporting_period where id = ?").param(period).update();
                owner.sql("delete from org_unit where id = ?").param(unit).update();
                owner.sql("delete from category where id = ?").param(category).update();
            });
        }
    }

    private long count(String sql, long period) {
        return jdbc.sql(sql).param(period).query(Long.class).single();
    }
}
