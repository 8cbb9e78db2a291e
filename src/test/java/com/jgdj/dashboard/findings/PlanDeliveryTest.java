package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.ReportHint;
import com.jgdj.dashboard.assessment.ReportHints;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.ParsedReportStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
public class PlanDeliveryTest {

    public static final String PLANNED = """
            一、上半年工作情况
            召开中心组学习6次，开展警示教育2次。
            二、存在的问题
            理论学习不够深入，联系实际不够紧密。
            三、下半年工作打算
            下半年，我们将重点抓好以下工作：
            （一）深化理论学习，组织党员赴红色教育基地开展现场教学。
            （二）推进清廉机关建设，开展廉政风险点排查。
            （三）建设智慧党建平台，实现党费线上缴纳。
            """;
    public static final String DELIVERED = """
            一、全年工作情况
            （一）组织党员赴红色教育基地开展现场教学，深化理论学习。
            （二）开展廉政风险点排查，推进清廉机关建设，查找风险点12个。
            （三）召开中心组学习12次，开展警示教育4次。
            二、存在的问题
            创新不足，个别支部活动形式单一。
            三、明年工作思路
            （一）持续加强政治建设。
            """;

    @Autowired
    FindingsService findings;
    @Autowired
    TestData data;
    @Autowired
    ParsedReportStore store;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;

    FindingsFixture f;
    long unit;
    long h1;
    long annual;
    long planned;
    long delivered;

    @BeforeEach
    void setUp() {
        SignIn.as(Role.ADMIN);
        f = new FindingsFixture(data, store, indicators);
        unit = f.unit("甲局");
        h1 = f.period(2040, "H1");
        annual = f.period(2040, "ANNUAL");
        planned = f.report(unit, h1, 2040, "H1", PLANNED);
        delivered = f.report(unit, annual, 2040, "ANNUAL", DELIVERED);
    }

    @Test
    void each_plan_item_gets_its_best_matching_work_passage_and_a_score() {
        PlanDelivery d = findings.planDelivery(unit, annual).orElseThrow();
        assertEquals(planned, d.planSubmissionId());
        assertEquals(delivered, d.workSubmissionId());
        assertEquals("2040年上半年", d.planPeriodName());
        // containment of the item's character bigrams: 21 of 22, 15 of 16, 1 (建设) of 15
        assertEquals(List.of(
                "（一）深化理论学习，组织党员赴红色教育基地开展现场教学。 → （一）组织党员赴红色教育基地开展现场教学，深化理论学习。 0.95 true",
                "（二）推进清廉机关建设，开展廉政风险点排查。 → （二）开展廉政风险点排查，推进清廉机关建设，查找风险点12个。 0.94 true",
                "（三）建设智慧党建平台，实现党费线上缴纳。 → （二）开展廉政风险点排查，推进清廉机关建设，查找风险点12个。 0.07 false"),
                d.items().stream().map(m -> m.item().text() + " → " + m.delivery().text() + " " + m.score() + " "
                        + m.covered()).toList());
        assertEquals(List.of("（三）建设智慧党建平台，实现党费线上缴纳。"),
                d.uncovered().stream().map(m -> m.item().text()).toList());
        assertEquals(2, d.coveredCount());
        assertEquals(2.0 / 3, d.coverage(), 1e-9);
        for (PlanItemMatch m : d.items()) {
            assertEquals(m.item().text(), text(planned).substring(m.item().start(), m.item().end()));
            assertEquals(m.delivery().text(), text(delivered).substring(m.delivery().start(), m.delivery().end()));
        }
    }

    @Test
    void the_grading_hints_state_the_coverage_and_each_uncovered_item() {
        List<ReportHint> hints = ReportHints.from(findings.reportFindings(unit, annual));
        assertEquals(List.of("2040年上半年工作打算3项，可见落实2项", "上期打算未见落实：（三）建设智慧党建平台，实现党费线上缴纳。"),
                hints.stream().map(ReportHint::message).toList());
    }

    @Test
    void a_period_without_an_earlier_report_or_a_reporter_of_another_unit_gets_no_plan_delivery() {
        assertTrue(findings.planDelivery(unit, h1).isEmpty());
        long other = f.unit("乙局");
        SignIn.as(Role.REPORTER, other);
        assertTrue(findings.planDelivery(unit, annual).isEmpty());
    }

    @Test
    void the_score_is_the_share_of_the_items_bigrams_without_its_numbering() {
        assertEquals(List.of("党建", "建平", "平台"),
                PlanMatcher.bigrams("（三）党建平台。").stream().sorted(java.util.Comparator.comparing(
                        (String b) -> "党建平台".indexOf(b))).toList());
        // 党建 建平 平台 against 党建 建工 工作 作平 平台: two of three
        assertEquals(2.0 / 3, PlanMatcher.containment(PlanMatcher.bigrams("一、党建平台"),
                PlanMatcher.bigrams("党建工作平台")), 1e-9);
    }

    @Test
    void introductions_and_numbering_styles_are_not_plan_items() {
        String text = "三、下一步工作打算\n下一步，重点抓好以下工作：\n第一，深化理论学习，开展现场教学。\n二是推进清廉机关建设，排查风险。\n";
        assertEquals(List.of("第一，深化理论学习，开展现场教学。 24", "二是推进清廉机关建设，排查风险。 42"),
                PlanMatcher.paragraphs(text, 0, text.length(), "三、下一步工作打算").stream()
                        .map(p -> p.text() + " " + p.start()).toList());
        assertEquals(PlanMatcher.bigrams("深化理论"), PlanMatcher.bigrams("第一，深化理论"));
        assertEquals(PlanMatcher.bigrams("推进建设"), PlanMatcher.bigrams("二是推进建设"));
    }

    private String text(long submissionId) {
        return jdbc.sql("select full_text from submission where id = ?").param(submissionId).query(String.class).single();
    }
}
