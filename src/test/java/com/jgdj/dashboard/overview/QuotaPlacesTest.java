package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.AssessmentWorkflowService;
import com.jgdj.dashboard.assessment.QuotaExceededException;
import com.jgdj.dashboard.assessment.grading.QuotaGroup;
import com.jgdj.dashboard.ranking.InterviewRow;
import com.jgdj.dashboard.ranking.InterviewService;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The 优秀 quota and the 双约谈 bottom share have one definition: 37 units at 15 % rounded down give 5 places in
 * approval, in the overview's KPI and on the interview list alike (the overview once rounded half up: 6).
 */
@IntegrationTest
class QuotaPlacesTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssessmentWorkflowService workflow;
    @Autowired
    DashboardService dashboard;
    @Autowired
    InterviewService interviews;

    long period;
    long[] categories = new long[3];
    long scheme;

    /** 37 units in three categories of 13, 12 and 12; totals 60 … 96, the six best (91 … 96) graded 优秀. */
    @BeforeEach
    void data() {
        categories[0] = data.category("综合部门", 1);
        categories[1] = data.category("经济部门", 2);
        categories[2] = data.category("社会部门", 3);
        period = data.period(2024, "H1", LocalDate.of(2024, 7, 10), "CLOSED");
        scheme = jdbc.sql("select id from assessment_scheme where year is null").query(Long.class).single();
        jdbc.sql("""
                update assessment_scheme set excellent_quota = 0.150, quota_rounding = 'DOWN', quota_scope = 'OVERALL',
                    interview_bottom_share = 0.150 where id = ?""").param(scheme).update();
        for (int i = 0; i < 37; i++) {
            long unit = data.unit("单位" + (100 + i), categories[i < 13 ? 0 : i < 25 ? 1 : 2], "机关党委", null, true);
            jdbc.sql("""
                    insert into assessment (unit_id, period_id, scheme_id, status, total, grade, updated_by)
                    values (?, ?, ?, 'REVIEW', ?, ?, 'test')""")
                    .params(unit, period, scheme, BigDecimal.valueOf(60 + i), i >= 31 ? "EXCELLENT" : "GOOD")
                    .update();
        }
        SignIn.as(Role.LEADER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long overviewQuota(Long categoryId) {
        return dashboard.load(new DashboardFilter(period, categoryId, null), null).kpis().excellentQuota();
    }

    @Test
    void rounding_down_gives_the_same_five_places_in_approval_the_overview_and_the_interview_list() {
        assertEquals(List.of(5), workflow.review(period).check().groups().stream().map(QuotaGroup::allowed).toList());
        assertEquals(5, overviewQuota(null));
        assertEquals(5, overviewQuota(categories[0]));   // an overall quota is not split by category
        assertThrows(QuotaExceededException.class, () -> workflow.approve(period));   // six 优秀 over five places

        jdbc.sql("update assessment set grade = 'GOOD' where period_id = ? and total = 91").param(period).update();
        assertEquals(37, workflow.approve(period));
        jdbc.sql("update assessment set status = 'PUBLISHED' where period_id = ?").param(period).update();
        assertEquals(List.of("单位100", "单位101", "单位102", "单位103", "单位104"),
                interviews.list(period).stream().map(InterviewRow::unitName).sorted().toList());
    }

    @Test
    void a_per_category_quota_gives_each_category_its_places_and_the_overview_their_sum() {
        jdbc.sql("update assessment_scheme set quota_scope = 'CATEGORY' where id = ?").param(scheme).update();
        // 13 × 15 % = 1.95 → 1, 12 × 15 % = 1.8 → 1 twice
        assertEquals(List.of(1, 1, 1),
                workflow.review(period).check().groups().stream().map(QuotaGroup::allowed).toList());
        assertEquals(3, overviewQuota(null));
        assertEquals(1, overviewQuota(categories[0]));
        assertEquals(1, overviewQuota(categories[2]));
    }
}
