package com.jgdj.dashboard.unitpage;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.AssessmentStatus;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.SubmissionReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class UnitProfileServiceTest {

    @Autowired
    UnitProfileService service;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    UnitProfileFixture f;

    @BeforeEach
    void data() {
        f = new UnitProfileFixture(data, jdbc);
        SignIn.as(Role.LEADER);
    }

    private UnitProfile profile(Long periodId, Long dimensionId) {
        return service.profile(UnitId.of(f.unit), PeriodId.orNull(periodId), dimensionId).orElseThrow();
    }

    @Test
    void without_a_period_the_page_shows_the_latest_period_the_unit_reported_in_and_compares_it_with_the_one_before() {
        UnitProfile p = profile(null, null);
        assertEquals(List.of("2023年度", "2023年上半年"), p.periods().stream().map(UnitPeriodOption::name).toList());
        assertEquals(f.annual, p.period().id());
        assertEquals(f.h1, p.previousPeriod().id());
    }

    @Test
    void facts_give_grade_ranks_and_the_changes_since_the_previous_period() {
        UnitPeriodFacts facts = profile(f.annual, null).facts();
        assertEquals(new UnitPeriodFacts(f.unit, "市委办公室机关党委", "综合部门", "赵一", f.report, false, 2,
                new BigDecimal("86.0"), Grade.GOOD, AssessmentStatus.PUBLISHED, 4, 5, 2, 2,
                new BigDecimal("90.0"), Grade.EXCELLENT, 2, 3, new BigDecimal("-4.0"), -2, -1), facts);
    }

    @Test
    void the_history_has_total_grade_and_rank_for_every_graded_period_with_ties_sharing_a_rank() {
        assertEquals(List.of(
                        new GradeHistoryRow(f.h1, "2023年上半年", new BigDecimal("90.0"), Grade.EXCELLENT, 2, 5),
                        new GradeHistoryRow(f.annual, "2023年度", new BigDecimal("86.0"), Grade.GOOD, 4, 5)),
                profile(f.annual, null).history());
        List<GradeHistoryRow> tied = service.profile(UnitId.of(f.units.units[2]), PeriodId.orNull(f.annual), null).orElseThrow().history();
        assertEquals(List.of(4, 2), tied.stream().map(GradeHistoryRow::overallRank).toList());
    }

    @Test
    void dimension_shares_are_set_against_the_city_and_category_averages_with_the_change_in_points() {
        List<DimensionScoreRow> rows = profile(f.annual, null).dimensions();
        assertEquals(7, rows.size());
        assertEquals(new DimensionScoreRow(f.politics, "政治建设", new BigDecimal("20.0"), new BigDecimal("16.0"),
                new BigDecimal("80.0"), new BigDecimal("78.0"), new BigDecimal("90.0"), new BigDecimal("18.0"),
                new BigDecimal("-2.0")), rows.get(0));
        assertEquals(new DimensionScoreRow(f.organisation, "组织建设", new BigDecimal("20.0"), new BigDecimal("15.0"),
                new BigDecimal("75.0"), new BigDecimal("79.0"), new BigDecimal("85.0"), new BigDecimal("15.0"),
                new BigDecimal("0.0")), rows.get(2));
        assertNull(rows.get(1).points());
    }

    @Test
    void counts_are_set_against_the_city_median_of_the_reports_that_give_them_and_against_the_previous_report() {
        List<IndicatorCountRow> rows = profile(f.annual, null).indicators();
        assertEquals(List.of("中心组学习（次） 8.0000 9.0 4 5.0000 3.0000", "主题党日（次） 3.0000 4.0 2 null null",
                        "警示教育（次） null null null 2.0000 null"),
                rows.stream().map(r -> r.label() + " " + r.count() + " " + r.cityMedian() + " " + r.reportingUnits()
                        + " " + r.previousCount() + " " + r.delta()).toList());
    }

    @Test
    void a_dimension_shows_its_score_and_the_counts_that_are_evidence_for_it() {
        UnitProfile p = profile(f.annual, f.organisation);
        assertEquals("组织建设", p.dimension().name());
        int start = UnitProfileFixture.REPORT.indexOf("主题党日3次");
        assertEquals(List.of(new DimensionEvidenceRow(3, "主题党日", "主题党日3次", start, start + 4, start + 6)), p.evidence());
    }

    @Test
    void the_report_of_the_period_comes_with_its_counts() {
        SubmissionReport report = profile(f.h1, null).report();
        assertEquals(f.previousReport, report.details().id());
        assertEquals(2, report.analysis().metrics().size());
        assertNull(profile(f.h1, null).previousPeriod());
    }

    @Test
    void the_unit_on_the_interview_list_shows_it() {
        assertEquals("列入约谈名单（较差），尚未约谈",
                service.profile(UnitId.of(f.units.units[3]), PeriodId.orNull(f.annual), null).orElseThrow().interview().label());
        assertEquals("未列入约谈名单", profile(f.annual, null).interview().label());
    }

    @Test
    void every_version_of_every_report_is_listed_newest_first() {
        data.submission(f.unit, f.annual, 2, false, "另一版本。", "other.txt", false, "RETURNED");
        assertEquals(3, service.submissionCount(f.unit));
        assertEquals(List.of("2023年度 v2 other.txt", "2023年度 v1 u0-annual.txt", "2023年上半年 v1 u0-h1.txt"),
                service.submissions(f.unit, 0, 10).stream()
                        .map(r -> r.periodName() + " v" + r.versionNo() + " " + r.fileName()).toList());
    }

    @Test
    void a_reporter_sees_only_its_own_unit_and_published_results() {
        SignIn.as(Role.REPORTER, f.units.units[1]);
        assertTrue(service.profile(UnitId.of(f.unit), PeriodId.orNull(null), null).isEmpty());
        assertEquals(0, service.submissionCount(f.unit));
        jdbc.sql("update assessment set status = 'APPROVED' where unit_id = ? and period_id = ?")
                .params(f.units.units[4], f.annual).update();
        UnitPeriodFacts facts = service.profile(UnitId.of(f.units.units[1]), PeriodId.orNull(f.annual), null).orElseThrow().facts();
        assertEquals(List.of(1, 4), List.of(facts.overallRank(), facts.units()));
    }
}
