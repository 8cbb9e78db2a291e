package com.jgdj.dashboard.ranking;

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
 * {@code period_rank} is kept by the database: every committed write that changes a rank (a total, a grade, a status,
 * a unit's name or category, a category's order) ranks the period again when it commits; a rolled-back one changes
 * nothing; a write that changes no rank input does not rank again. Real transactions; the test removes what it made.
 */
@SpringBootTest
class PeriodRankTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private RankingFixture f;

    @Test
    void committed_writes_rank_the_period_again_and_rolled_back_ones_do_not() {
        f = transactions.execute(s -> {
            RankingFixture fixture = new RankingFixture(data, jdbc);
            fixture.grade(0, fixture.h1, "86", "GOOD", "PUBLISHED");
            fixture.grade(1, fixture.h1, "88.5", "GOOD", "PUBLISHED");
            fixture.grade(2, fixture.h1, "88.5", "GOOD", "REVIEW");
            fixture.grade(3, fixture.h1, "58", "POOR", "PUBLISHED");
            fixture.grade(4, fixture.h1, "92", "EXCELLENT", "PUBLISHED");
            return fixture;
        });
        // name overall/category rank, position/category position, bottom rank (综合部门 sorts before 经济部门)
        assertEquals(List.of("市委组织部机关党委 1/1 1/1 5", "市财政局机关党委 2/1 2/3 3",
                "市发展改革委机关党委 2/1 3/4 3", "市委办公室机关党委 4/2 4/2 2", "市商务局机关党委 5/3 5/5 1"),
                ranks(false));
        assertEquals(List.of("市委组织部机关党委 1/1 1/1 4", "市发展改革委机关党委 2/1 2/3 3",
                "市委办公室机关党委 3/2 3/2 2", "市商务局机关党委 4/2 4/4 1"), ranks(true));

        transactions.executeWithoutResult(s -> {
            jdbc.sql("update assessment set total = 95, grade = 'EXCELLENT' where unit_id = ? and period_id = ?")
                    .params(f.units[3], f.h1).update();
            s.setRollbackOnly();
        });
        assertEquals("市商务局机关党委 5/3 5/5 1", ranks(false).get(4));

        transactions.executeWithoutResult(s -> jdbc.sql("""
                update assessment set total = 95, grade = 'EXCELLENT' where unit_id = ? and period_id = ?""")
                .params(f.units[3], f.h1).update());
        assertEquals(List.of("市商务局机关党委 1/1 1/3 5", "市委组织部机关党委 2/1 2/1 4",
                "市财政局机关党委 3/2 3/4 2", "市发展改革委机关党委 3/2 4/5 2", "市委办公室机关党委 5/2 5/2 1"),
                ranks(false));

        transactions.executeWithoutResult(s -> {
            jdbc.sql("update org_unit set name = '市政务服务局机关党委' where id = ?").param(f.units[2]).update();
            jdbc.sql("update org_unit set category_id = ? where id = ?").params(f.general, f.units[1]).update();
        });
        assertEquals(List.of("市商务局机关党委 1/1 1/4 5", "市委组织部机关党委 2/1 2/1 4",
                "市发展改革委机关党委 3/2 3/2 2", "市政务服务局机关党委 3/2 4/5 2", "市委办公室机关党委 5/3 5/3 1"),
                ranks(false));

        transactions.executeWithoutResult(s -> jdbc.sql("update category set sort_order = 3 where id = ?")
                .param(f.general).update());
        assertEquals(List.of("1/1", "2/3", "3/4", "4/2", "5/5"), ranks(false).stream()
                .map(r -> r.split(" ")[2]).toList());

        transactions.executeWithoutResult(s -> jdbc.sql("update assessment set status = 'PUBLISHED' where unit_id = ?")
                .param(f.units[2]).update());
        assertEquals(5, ranks(true).size());

        transactions.executeWithoutResult(s -> jdbc.sql("delete from assessment where unit_id = ?")
                .param(f.units[3]).update());
        assertEquals(List.of("市委组织部机关党委 1/1", "市发展改革委机关党委 2/2", "市政务服务局机关党委 2/1",
                "市委办公室机关党委 4/3"), ranks(false).stream().map(r -> r.substring(0, r.lastIndexOf(' ',
                r.lastIndexOf(' ') - 1))).toList());
    }

    @Test
    void a_write_that_changes_no_rank_input_does_not_rank_again() {
        f = transactions.execute(s -> {
            RankingFixture fixture = new RankingFixture(data, jdbc);
            fixture.grade(0, fixture.h1, "86", "GOOD", "PUBLISHED");
            return fixture;
        });
        long before = rankRowVersion();
        transactions.executeWithoutResult(s -> {
            jdbc.sql("update assessment set comment = '备注', total = total where unit_id = ?")
                    .param(f.units[0]).update();
            jdbc.sql("update org_unit set secretary_name = '新书记' where id = ?").param(f.units[0]).update();
        });
        assertEquals(before, rankRowVersion());
        transactions.executeWithoutResult(s -> jdbc.sql("update assessment set total = 87 where unit_id = ?")
                .param(f.units[0]).update());
        assertEquals(false, before == rankRowVersion());
    }

    /** The transaction that last wrote the unit's rank row (xmin changes when the period is ranked again). */
    private long rankRowVersion() {
        return jdbc.sql("select xmin::text::bigint from period_rank where unit_id = ? and not published_only")
                .param(f.units[0]).query(Long.class).single();
    }

    private List<String> ranks(boolean publishedOnly) {
        return jdbc.sql("""
                select u.name || ' ' || r.overall_rank || '/' || r.category_rank || ' ' || r.position || '/'
                       || r.category_position || ' ' || r.bottom_rank
                from period_rank r join org_unit u on u.id = r.unit_id
                where r.period_id = ? and r.published_only = ? order by r.position""")
                .params(f.h1, publishedOnly).query(String.class).list();
    }

    @AfterEach
    void removeFixture() {
        if (f == null) {
            return;
        }
        transactions.executeWithoutResult(s -> f.removeCommitted());
    }
}
