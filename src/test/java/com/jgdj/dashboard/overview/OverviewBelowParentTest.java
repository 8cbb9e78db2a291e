package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.AssessmentFixture;
import com.jgdj.dashboard.ranking.RankingFixture;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The overview's 上级单位 filter restricts every card to the units below the parent, at any depth. */
@IntegrationTest
class OverviewBelowParentTest {

    @Autowired
    DashboardService service;
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
    void every_card_counts_only_the_descendants_of_the_parent() {
        DashboardData below = service.load(new DashboardFilter(f.annual, null, f.units[0], null), null);
        assertEquals(3, below.kpis().expected());
        assertEquals(3, below.kpis().graded());
        assertEquals("89.7", below.kpis().averageScore().toPlainString());
        assertEquals(0, below.kpis().poor());
        assertEquals(List.of("EXCELLENT 1", "GOOD 2"), below.grades().stream()
                .map(g -> g.grade().name() + " " + g.units()).toList());
        assertEquals(List.of("市委组织部机关党委", "市财政局机关党委", "市发展改革委机关党委"),
                below.top().stream().map(DashboardData.UnitScore::unitName).toList());
        assertEquals(List.of("经济部门 2", "综合部门 1"), below.completeness().stream()
                .map(c -> c.categoryName() + " " + c.expected()).sorted().toList());
    }

    @Test
    void a_middle_unit_rolls_up_its_own_children_and_the_city_keeps_every_unit() {
        DashboardData middle = service.load(new DashboardFilter(f.annual, null, f.units[1], null), null);
        assertEquals(1, middle.kpis().expected());
        assertEquals(List.of("市财政局机关党委"), middle.top().stream().map(DashboardData.UnitScore::unitName).toList());
        DashboardData city = service.load(new DashboardFilter(f.annual, null, null, null), null);
        assertEquals(5, city.kpis().expected());
        assertEquals(5, city.kpis().graded());
    }

    private void parent(int child, int parent) {
        jdbc.sql("update org_unit set parent_id = ? where id = ?").params(f.units[parent], f.units[child]).update();
    }
}
