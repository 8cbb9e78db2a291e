package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.assessment.grading.Grade;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.AssessmentFixture;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@IntegrationTest
class RankingServiceTest {

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
        // 2023年上半年: 办公室 90, 发改委 85, 财政局 80, 商务局 70, 组织部 95
        f.grade(0, f.h1, "90", "EXCELLENT", "PUBLISHED");
        f.grade(1, f.h1, "85", "GOOD", "PUBLISHED");
        f.grade(2, f.h1, "80", "GOOD", "PUBLISHED");
        f.grade(3, f.h1, "70", "FAIR", "PUBLISHED");
        f.grade(4, f.h1, "95", "EXCELLENT", "PUBLISHED");
        // 2023年度: 发改委 (was 3rd) and 财政局 (was 4th) tie at 88.5 behind 组织部 92; ties list by pinyin (财 before 发)
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

    static List<String> describe(List<RankingRow> rows) {
        return rows.stream().map(r -> r.unitName() + " " + r.total().stripTrailingZeros().toPlainString() + " "
                + RankingRow.rankLabel(r.overallRank(), r.tiedOverall()) + " "
                + RankingRow.changeLabel(r.overallChange()) + " " + r.percentile() + "% " + r.grade().label()).toList();
    }

    @Test
    void the_overall_ranking_uses_competition_ranks_with_ties_and_the_change_against_the_previous_period() {
        assertEquals(List.of(
                "市委组织部机关党委 92 1 — 100% 优秀",
                "市财政局机关党委 88.5 并列2 ↑2 50% 良好",
                "市发展改革委机关党委 88.5 并列2 ↑1 50% 良好",
                "市委办公室机关党委 86 4 ↓2 25% 良好",
                "市商务局机关党委 58 5 — 0% 较差"),
                describe(service.ranking(new RankingFilter(f.annual, null, false))));
    }

    @Test
    void the_category_ranking_ranks_within_each_category() {
        List<RankingRow> rows = service.ranking(new RankingFilter(f.annual, null, true));
        assertEquals(List.of("综合部门 市委组织部机关党委 1 5 —", "综合部门 市委办公室机关党委 2 5 —",
                        "经济部门 市财政局机关党委 并列1 5 ↑1", "经济部门 市发展改革委机关党委 并列1 5 —",
                        "经济部门 市商务局机关党委 3 5 —"),
                rows.stream().map(r -> r.categoryName() + " " + r.unitName() + " "
                        + RankingRow.rankLabel(r.categoryRank(), r.tiedInCategory()) + " " + r.units() + " "
                        + RankingRow.changeLabel(r.categoryChange())).toList());
        assertEquals(List.of("市委组织部机关党委", "市委办公室机关党委"),
                service.ranking(new RankingFilter(f.annual, f.general, true)).stream().map(RankingRow::unitName).toList());
    }

    @Test
    void a_lazy_page_keeps_the_ranks_of_the_whole_period_and_can_show_one_grade() {
        RankingFilter annual = new RankingFilter(f.annual, null, false);
        assertEquals(List.of("市发展改革委机关党委 88.5 并列2 ↑1 50% 良好", "市委办公室机关党委 86 4 ↓2 25% 良好"),
                describe(service.page(annual, null, 2, 2)));
        assertEquals(5, service.count(annual, null));
        assertEquals(List.of("市财政局机关党委 88.5 并列2 ↑2 50% 良好", "市发展改革委机关党委 88.5 并列2 ↑1 50% 良好",
                "市委办公室机关党委 86 4 ↓2 25% 良好"), describe(service.page(annual, Grade.GOOD, 0, 50)));
        assertEquals(3, service.count(annual, Grade.GOOD));
    }

    @Test
    void the_first_ranked_period_has_no_previous_ranks() {
        assertEquals(List.of("新", "新", "新", "新", "新"), service.ranking(new RankingFilter(f.h1, null, false)).stream()
                .map(r -> RankingRow.changeLabel(r.overallChange())).toList());
    }

    @Test
    void a_reporter_sees_only_its_own_published_rank() {
        SignedInUser reporter = new SignedInUser(9, "cz", "联络员", "", Role.REPORTER, f.units[2], true);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(reporter, null, reporter.getAuthorities()));
        assertEquals(List.of("市财政局机关党委 80 4 新 25% 良好"), describe(service.ranking(new RankingFilter(f.h1, null, false))));
        assertEquals(List.of(), service.ranking(new RankingFilter(f.annual, null, false)));
    }
}
