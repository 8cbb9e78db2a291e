package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.AssessmentFixture;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
class InterviewServiceTest {

    @Autowired
    InterviewService service;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    RankingFixture f;

    @BeforeEach
    void setUp() {
        f = new RankingFixture(data, jdbc);
        f.grade(0, f.h1, "90", "EXCELLENT", "PUBLISHED");
        f.grade(1, f.h1, "72", "FAIR", "PUBLISHED");
        f.grade(2, f.h1, "72", "FAIR", "PUBLISHED");
        f.grade(3, f.h1, "55", "POOR", "PUBLISHED");
        f.grade(4, f.h1, "95", "EXCELLENT", "PUBLISHED");
        f.grade(0, f.annual, "50", "POOR", "REVIEW");
        AssessmentFixture.signIn(Role.LEADER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<String> listed(long period) {
        return service.list(period).stream().map(r -> r.unitName() + " " + r.secretaryName() + " " + r.overallRank()
                + " " + r.reason()).toList();
    }

    @Test
    void only_poor_units_are_listed_when_the_bottom_share_rounds_to_nobody() {
        f.bottomShare("0.05");   // 5% of 5 = 0.25 → 0
        assertEquals(List.of("市商务局机关党委 李四 5 较差"), listed(f.h1));
    }

    @Test
    void the_bottom_share_adds_the_lowest_ranked_and_everyone_tied_with_them() {
        f.bottomShare("0.5");   // 50% of 5 = 2.5 → 3 (四舍五入): ranks 5, 3, 3
        assertEquals(List.of("市商务局机关党委 李四 5 较差、排名靠后", "市财政局机关党委 孙三 3 排名靠后",
                "市发展改革委机关党委 钱二 3 排名靠后"), listed(f.h1));
    }

    @Test
    void one_units_row_is_its_row_of_the_whole_list_without_ranking_the_period() {
        f.bottomShare("0.5");
        List<InterviewRow> all = service.list(f.h1);
        for (long unit : f.units) {
            assertEquals(all.stream().filter(r -> r.unitId() == unit).findFirst(), service.listed(f.h1, unit));
        }
        assertEquals(3, all.size());
        assertEquals(List.of(), java.util.Arrays.stream(f.units).mapToObj(u -> service.listed(f.annual, u))
                .flatMap(java.util.Optional::stream).toList());
        com.jgdj.dashboard.SignIn.as(Role.REPORTER, f.units[1]);
        assertEquals(java.util.Optional.empty(), service.listed(f.h1, f.units[3]));
        assertEquals("排名靠后", service.listed(f.h1, f.units[1]).orElseThrow().reason());
    }

    @Test
    void unpublished_results_give_no_list() {
        assertEquals(List.of(), listed(f.annual));
    }

    @Test
    void a_talk_is_recorded_with_its_date_note_and_the_loss_of_eligibility_and_shows_on_the_unit() {
        long v = service.record(new InterviewForm(UnitId.of(f.units[3]), PeriodId.of(f.h1), null, LocalDate.of(2023, 9, 5),
                "约谈党组书记，要求限期整改", true));
        InterviewRow row = service.list(f.h1).getFirst();
        assertEquals("2023-09-05 约谈党组书记，要求限期整改 true", row.heldOn() + " " + row.note() + " " + row.disqualified());
        assertEquals(List.of(new UnitInterviewRow(f.h1, "2023年上半年", LocalDate.of(2023, 9, 5), "约谈党组书记，要求限期整改",
                true)), service.forUnit(f.units[3]));
        assertThrows(ConcurrentEditException.class, () -> service.record(new InterviewForm(UnitId.of(f.units[3]), PeriodId.of(f.h1), null,
                LocalDate.of(2023, 9, 6), "重复", false)));
        service.record(new InterviewForm(UnitId.of(f.units[3]), PeriodId.of(f.h1), v, LocalDate.of(2023, 9, 6), "改期", true));
        assertEquals("改期", service.list(f.h1).getFirst().note());
    }

    @Test
    void a_unit_not_on_the_list_cannot_get_a_talk_recorded() {
        assertEquals("该单位不在本期约谈名单中", assertThrows(UserInputException.class, () -> service.record(
                new InterviewForm(UnitId.of(f.units[0]), PeriodId.of(f.h1), null, LocalDate.of(2023, 9, 5), null, false))).getMessage());
    }
}
