package com.jgdj.dashboard.unitpage;

import com.jgdj.dashboard.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The city's medians of the counts and points per dimension are kept by the database: a committed write of a report,
 * a score, a grade's status or a unit's category computes its period's figures again when it commits; a rolled-back
 * one changes nothing. Real transactions; the test removes what it made.
 */
@SpringBootTest
class PeriodStatsTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private UnitProfileFixture f;

    @Test
    void committed_writes_compute_the_periods_medians_and_points_again() {
        f = transactions.execute(s -> new UnitProfileFixture(data, jdbc));
        // 中心组学习: units 0 (6 + 2), 1 (10), 2 (4), 4 (12); 主题党日: units 0 (3), 1 (5)
        assertEquals(List.of("中心组学习 次 9.0/4", "主题党日 次 4.0/2"), medians());
        assertEquals(List.of("政治建设 综合部门 36.0/2", "政治建设 经济部门 42.0/3", "组织建设 综合部门 34.0/2",
                "组织建设 经济部门 45.0/3"), points(false));

        transactions.executeWithoutResult(s -> {
            jdbc.sql("update submission set latest = false where id = ?").param(f.report).update();
            s.setRollbackOnly();
        });
        assertEquals(List.of("中心组学习 次 9.0/4", "主题党日 次 4.0/2"), medians());

        transactions.executeWithoutResult(s -> jdbc.sql("update submission set latest = false where id = ?")
                .param(f.report).update());
        assertEquals(List.of("中心组学习 次 10.0/3", "主题党日 次 5.0/1"), medians());

        transactions.executeWithoutResult(s -> jdbc.sql("""
                update assessment_score set points = 20
                where dimension_id = ? and assessment_id = (select id from assessment where unit_id = ? and period_id = ?)""")
                .params(f.politics, f.units.units[3], f.annual).update());
        assertEquals("政治建设 经济部门 52.0/3", points(false).get(1));

        transactions.executeWithoutResult(s -> jdbc.sql("update org_unit set category_id = ? where id = ?")
                .params(f.units.general, f.units.units[1]).update());
        assertEquals(List.of("政治建设 综合部门 54.0/3", "政治建设 经济部门 34.0/2", "组织建设 综合部门 54.0/3",
                "组织建设 经济部门 25.0/2"), points(false));

        transactions.executeWithoutResult(s -> jdbc.sql("""
                update assessment set status = 'REVIEW' where unit_id = ? and period_id = ?""")
                .params(f.units.units[4], f.annual).update());
        assertEquals(List.of("政治建设 综合部门 34.0/2", "政治建设 经济部门 34.0/2", "组织建设 综合部门 35.0/2",
                "组织建设 经济部门 25.0/2"), points(true));
        assertEquals("政治建设 综合部门 54.0/3", points(false).getFirst());
    }

    private List<String> medians() {
        return jdbc.sql("""
                select i.name || ' ' || m.unit || ' ' || round(m.median::numeric, 1) || '/' || m.reporting_units
                from period_count_median m join indicator i on i.id = m.indicator_id
                where m.period_id = ? order by i.sort_order, i.name""")
                .param(f.annual).query(String.class).list();
    }

    private List<String> points(boolean publishedOnly) {
        return jdbc.sql("""
                select d.name || ' ' || c.name || ' ' || p.points || '/' || p.scores
                from period_dimension_points p
                join scheme_dimension d on d.id = p.dimension_id
                join category c on c.id = p.category_id
                where p.period_id = ? and p.published_only = ? order by d.sort_order, c.sort_order""")
                .params(f.annual, publishedOnly).query(String.class).list();
    }

    @AfterEach
    void removeFixture() {
        if (f == null) {
            return;
        }
        transactions.executeWithoutResult(s -> f.units.removeCommitted());
    }
}
