package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.AssessmentFixture;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 上级单位 filter: only the units below the parent (at any depth, not the parent itself), ranks of the period. */
@IntegrationTest
class RankingBelowParentTest {

    @Autowired
    RankingService service;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    RankingFixture f;

    @BeforeEach
    void setUp() {
        f = new RankingFixture(data, jdbc);
        // 办公室 over 发改委 and 组织部; 发改委 over 财政局; 商务局 stands alone
        parent(1, 0);
        parent(4, 0);
        parent(2, 1);
        f.grade(0, f.annual, "86", "GOOD", "REVIEW");
        f.grade(1, f.annual, "88.5", "GOOD", "REVIEW");
        f.grade(2, f.annual, "88.5", "GOOD", "REVIEW");
        f.grade(3, f.annual, "58", "POOR", "REVIEW");
        f.grade(4, f.annual, "92", "EXCELLENT", "REVIEW");
        AssessmentFixture.signIn(Role.ASSESSOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_ranking_below_a_parent_lists_its_descendants_with_their_ranks_in_the_whole_period() {
        RankingFilter below = new RankingFilter(f.annual, null, f.units[0], false);
        assertEquals(List.of("市委组织部机关党委 92 1", "市财政局机关党委 88.5 并列2", "市发展改革委机关党委 88.5 并列2"),
                describe(service.ranking(below)));
        assertEquals(3, service.count(below, null));
        assertEquals(List.of("市委组织部机关党委 92 1"), describe(service.page(below, null, 0, 1)));
    }

    @Test
    void a_middle_unit_rolls_up_its_own_children_and_a_leaf_has_none() {
        RankingFilter middle = new RankingFilter(f.annual, null, f.units[1], false);
        assertEquals(List.of("市财政局机关党委 88.5 并列2"), describe(service.ranking(middle)));
        assertEquals(1, service.count(middle, null));
        RankingFilter leaf = new RankingFilter(f.annual, null, f.units[3], false);
        assertEquals(List.of(), service.ranking(leaf));
        assertEquals(0, service.count(leaf, null));
    }

    @Test
    void the_parent_filter_combines_with_the_category_and_the_grade() {
        RankingFilter economyBelow = new RankingFilter(f.annual, f.economy, f.units[0], false);
        assertEquals(List.of("市财政局机关党委 88.5 并列2", "市发展改革委机关党委 88.5 并列2"),
                describe(service.ranking(economyBelow)));
        assertEquals(1, service.count(new RankingFilter(f.annual, null, f.units[0], false),
                com.jgdj.dashboard.assessment.grading.Grade.EXCELLENT));
    }

    @Test
    void a_reporter_below_the_parent_still_sees_only_its_own_published_result() {
        jdbc.sql("update assessment set status = 'PUBLISHED' where period_id = ?").param(f.annual).update();
        com.jgdj.dashboard.SignIn.as(Role.REPORTER, f.units[2]);
        assertEquals(List.of("市财政局机关党委 88.5 并列2"),
                describe(service.ranking(new RankingFilter(f.annual, null, f.units[0], false))));
    }

    private void parent(int child, int parent) {
        jdbc.sql("update org_unit set parent_id = ? where id = ?").params(f.units[parent], f.units[child]).update();
    }

    private static List<String> describe(List<RankingRow> rows) {
        return rows.stream().map(r -> r.unitName() + " " + r.total().stripTrailingZeros().toPlainString() + " "
                + RankingRow.rankLabel(r.overallRank(), r.tiedOverall())).toList();
    }
}
