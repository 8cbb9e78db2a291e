package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.AssessmentFixture;
import com.jgdj.dashboard.findings.FindingsFixture;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.ranking.RankingFixture;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.security.UnitScope;
import com.jgdj.dashboard.submission.ParsedReportStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committee's overview of all units or one category reads the per-period summaries; every card gives exactly what
 * counting over the units gives (late and flagged reports, every grade, ties, an inactive unit, a held 双约谈).
 */
@IntegrationTest
class DashboardSummaryTest {

    @Autowired
    DashboardService service;
    @Autowired
    DashboardQuery live;
    @Autowired
    DashboardSummaryQuery summary;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParsedReportStore store;
    @Autowired
    IndicatorService indicators;

    RankingFixture f;
    long inactive;
    long study;

    @BeforeEach
    void setUp() {
        f = new RankingFixture(data, jdbc);
        inactive = data.unit("市已撤销局机关党委", f.economy, "机关党委", "吴六", false);
        f.grade(0, f.annual, "86", "GOOD", "REVIEW");
        f.grade(1, f.annual, "88.5", "GOOD", "PUBLISHED");
        f.grade(2, f.annual, "88.5", "GOOD", "DRAFT");
        f.grade(3, f.annual, "54", "POOR", "REVIEW");
        f.grade(4, f.annual, "100", "EXCELLENT", "REVIEW");
        f.grade(1, f.h1, "71", "FAIR", "PUBLISHED");
        jdbc.sql("""
                insert into assessment (unit_id, period_id, scheme_id, status, total, grade, updated_by)
                select ?, ?, scheme_id, 'REVIEW', 95, 'EXCELLENT', 'test' from assessment where unit_id = ? limit 1""")
                .params(inactive, f.annual, f.units[0]).update();
        jdbc.sql("""
                insert into assessment_score (assessment_id, dimension_id, points)
                select a.id, d.id, least(d.max_points, round(a.total / 100 * d.max_points * 2) / 2)
                from assessment a
                join scheme_dimension d on d.scheme_id = a.scheme_id
                where a.period_id = ?""").param(f.annual).update();
        FindingsFixture reports = new FindingsFixture(data, store, indicators);
        long plain = reports.report(f.units[0], f.annual, 2023, "ANNUAL", "一、主要工作\n召开中心组学习8次，开展主题党日6次。\n");
        long late = reports.report(f.units[1], f.annual, 2023, "ANNUAL", "一、主要工作\n召开中心组学习8次。\n");
        jdbc.sql("update submission set late = true where id = ?").param(late).update();
        // the parser flags these short reports; one flagged report is what the cards are checked with
        jdbc.sql("update submission set flag_count = 0 where id in (?, ?)").params(plain, late).update();
        long flagged = reports.report(f.units[3], f.annual, 2023, "ANNUAL", "一、主要工作\n召开中心组学习5次。\n");
        jdbc.sql("update submission set flag_count = 2 where id = ?").param(flagged).update();
        study = jdbc.sql("select id from indicator where name = '中心组学习'").query(Long.class).single();
        data.submission(inactive, f.annual, "报告", "x.txt", false, "SUBMITTED");
        data.submission(f.units[2], f.h1, "报告", "c.txt", true, "SUBMITTED");
        jdbc.sql("insert into interview (unit_id, period_id, held_on, recorded_by) values (?, ?, date '2024-02-01', 'test')")
                .params(f.units[3], f.annual).update();
        jdbc.sql("insert into interview (unit_id, period_id, recorded_by) values (?, ?, 'test')")
                .params(f.units[2], f.annual).update();
        AssessmentFixture.signIn(Role.ASSESSOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_summaries_give_the_cards_of_the_whole_city() {
        DashboardData city = service.load(new DashboardFilter(f.annual, null, null, null), study);
        DashboardData.Kpis kpis = city.kpis();
        assertEquals(List.of(5L, 3L, 2L, 1L, 5L, "83.4", 1L, 1L, 1L), List.of(kpis.expected(), kpis.received(),
                kpis.onTime(), kpis.flaggedReports(), kpis.graded(), kpis.averageScore().toPlainString(),
                kpis.excellent(), kpis.poor(), kpis.interviewsHeld()));
        assertEquals(List.of("EXCELLENT 1", "GOOD 3", "POOR 1"), city.grades().stream()
                .map(g -> g.grade().name() + " " + g.units()).toList());
        assertEquals(List.of("市委组织部机关党委 100.0", "市财政局机关党委 88.5", "市发展改革委机关党委 88.5",
                "市委办公室机关党委 86.0", "市商务局机关党委 54.0"), city.top().stream()
                .map(u -> u.unitName() + " " + u.total()).toList());
        assertEquals(List.of("市商务局机关党委", "市委办公室机关党委", "市财政局机关党委", "市发展改革委机关党委",
                "市委组织部机关党委"), city.bottom().stream().map(DashboardData.UnitScore::unitName).toList());
        assertEquals(List.of("55 1", "85 3", "100 1"), city.histogram().stream()
                .map(b -> b.from() + " " + b.units()).toList());
        assertEquals(List.of("经济部门 3 1 1 1", "综合部门 2 1 0 1"), city.completeness().stream()
                .map(c -> c.categoryName() + " " + c.expected() + " " + c.onTime() + " " + c.late() + " " + c.missing())
                .sorted().toList());
        assertEquals(city.bottom().stream().map(DashboardData.UnitScore::unitName).toList(), city.heatmap().stream()
                .map(DashboardData.HeatmapCell::unitName).distinct().toList());
        DashboardData.IndicatorSpread spread = city.indicator();
        assertEquals(List.of("市发展改革委机关党委 8.0000 次", "市委办公室机关党委 8.0000 次", "市商务局机关党委 5.0000 次"),
                spread.top().stream().map(v -> v.unitName() + " " + v.value() + " " + v.unit()).toList());
        assertEquals(List.of("8", 3L, 3L), List.of(spread.median().toPlainString(), spread.mentioning(),
                spread.received()));
        assertSameAsCounted(new DashboardFilter(f.annual, null, null, null));
    }

    @Test
    void every_category_and_period_reads_the_same_from_the_summaries_as_counted() {
        for (long period : List.of(f.h1, f.annual)) {
            for (Long category : Arrays.asList(null, f.general, f.economy)) {
                assertSameAsCounted(new DashboardFilter(period, category, null, null));
            }
        }
    }

    private void assertSameAsCounted(DashboardFilter filter) {
        summary.settle();
        UnitScope all = UnitScope.ALL;
        assertEquals(live.kpis(filter, all, false, 3), summary.kpis(filter, 3));
        assertEquals(live.grades(filter, all, false), summary.grades(filter));
        assertEquals(live.ranked(filter, all, false, true, 10), summary.ranked(filter, true, 10));
        assertEquals(live.ranked(filter, all, false, false, 10), summary.ranked(filter, false, 10));
        assertEquals(live.histogram(filter, all, false), summary.histogram(filter));
        assertEquals(live.trend(filter, all, false), summary.trend(filter));
        assertEquals(live.heatmap(filter, all, false, 20), summary.heatmap(filter, 20));
        assertEquals(live.completeness(filter, all, false), summary.completeness(filter));
        assertEquals(live.indicatorTop(filter, all, false, study, 15), summary.indicatorTop(filter, study, 15));
        assertEquals(live.indicatorStats(filter, all, false, study), summary.indicatorStats(filter, study));
    }
}
