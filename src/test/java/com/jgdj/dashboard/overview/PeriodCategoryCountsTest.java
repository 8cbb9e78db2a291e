package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.ranking.RankingFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The overview's per-period counts (and the latest reports per status) are kept by the database: a committed report,
 * status, grade, 双约谈, unit switched off or new period counts the periods it touches again when it commits; a
 * rolled-back one changes nothing. Real
 * transactions; the test removes what it made.
 */
@SpringBootTest
class PeriodCategoryCountsTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private RankingFixture f;
    private Long next;

    @Test
    void committed_writes_count_their_periods_again() {
        f = transactions.execute(s -> {
            RankingFixture fixture = new RankingFixture(data, jdbc);
            fixture.grade(0, fixture.annual, "86", "GOOD", "REVIEW");
            fixture.grade(3, fixture.annual, "58", "POOR", "REVIEW");
            return fixture;
        });
        // category: units, received, on time, flagged, graded, sum, excellent/good/fair/poor, held, bins
        assertEquals(List.of("综合部门 2 0 0 0 1 86.0 0/1/0/0 0 {0,0,0,0,0,0,1,0,0,0}",
                "经济部门 3 0 0 0 1 58.0 0/0/0/1 0 {1,0,0,0,0,0,0,0,0,0}"), counts(f.annual));

        transactions.executeWithoutResult(s -> {
            data.submission(f.units[3], f.annual, "报告", "d.txt", true, "SUBMITTED");
            s.setRollbackOnly();
        });
        assertEquals("经济部门 3 0 0 0 1 58.0 0/0/0/1 0 {1,0,0,0,0,0,0,0,0,0}", counts(f.annual).get(1));

        transactions.executeWithoutResult(s -> {
            long report = data.submission(f.units[3], f.annual, "报告", "d.txt", true, "SUBMITTED");
            jdbc.sql("update submission set flag_count = 1 where id = ?").param(report).update();
            jdbc.sql("insert into interview (unit_id, period_id, held_on, recorded_by) values (?, ?, current_date, 't')")
                    .params(f.units[3], f.annual).update();
        });
        assertEquals("经济部门 3 1 0 1 1 58.0 0/0/0/1 1 {1,0,0,0,0,0,0,0,0,0}", counts(f.annual).get(1));

        assertEquals(List.of("SUBMITTED 1"), statuses(f.annual));

        transactions.executeWithoutResult(s -> jdbc.sql("update submission set late = false where unit_id = ?")
                .param(f.units[3]).update());
        transactions.executeWithoutResult(s -> jdbc.sql("update submission set status = 'ACCEPTED' where unit_id = ?")
                .param(f.units[3]).update());
        assertEquals(List.of("ACCEPTED 1"), statuses(f.annual));
        transactions.executeWithoutResult(s -> jdbc.sql("update assessment set total = 91, grade = 'EXCELLENT' where unit_id = ?")
                .param(f.units[3]).update());
        assertEquals("经济部门 3 1 1 1 1 91.0 1/0/0/0 1 {0,0,0,0,0,0,0,1,0,0}", counts(f.annual).get(1));

        transactions.executeWithoutResult(s -> jdbc.sql("update org_unit set active = false where id = ?")
                .param(f.units[3]).update());
        assertEquals("经济部门 2 0 0 0 0 0.0 0/0/0/0 0 {0,0,0,0,0,0,0,0,0,0}", counts(f.annual).get(1));
        assertEquals("经济部门 2 0 0 0 0 0.0 0/0/0/0 0 {0,0,0,0,0,0,0,0,0,0}", counts(f.h1).get(1));

        next = transactions.execute(s -> data.period(2024, "H1", LocalDate.of(2024, 7, 10), "OPEN"));
        assertEquals(List.of("综合部门 2 0 0 0 0 0.0 0/0/0/0 0 {0,0,0,0,0,0,0,0,0,0}",
                "经济部门 2 0 0 0 0 0.0 0/0/0/0 0 {0,0,0,0,0,0,0,0,0,0}"), counts(next));
    }

    private List<String> statuses(long period) {
        return jdbc.sql("select status || ' ' || reports from period_status_reports where period_id = ? order by status")
                .param(period).query(String.class).list();
    }

    private List<String> counts(long period) {
        return jdbc.sql("""
                select c.name || ' ' || k.units || ' ' || k.received || ' ' || k.on_time || ' ' || k.flagged_reports
                       || ' ' || k.graded || ' ' || k.total_sum || ' ' || k.excellent || '/' || k.good || '/' || k.fair
                       || '/' || k.poor || ' ' || k.interviews_held || ' ' || k.score_bins::text
                from period_category_counts k join category c on c.id = k.category_id
                where k.period_id = ? and c.id in (?, ?) order by c.sort_order""")
                .params(period, f.general, f.economy).query(String.class).list();
    }

    @AfterEach
    void removeFixture() {
        if (f == null) {
            return;
        }
        transactions.executeWithoutResult(s -> {
            jdbc.sql("delete from interview where period_id = ?").param(f.annual).update();
            if (next != null) {
                jdbc.sql("delete from reporting_period where id = ?").param(next).update();
            }
            f.removeCommitted();
        });
    }
}
