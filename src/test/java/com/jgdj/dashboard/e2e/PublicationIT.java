package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.assessment.AssessmentService;
import com.jgdj.dashboard.assessment.AssessmentWorkflowService;
import com.jgdj.dashboard.assessment.SavedAssessment;
import com.jgdj.dashboard.assessment.scheme.SchemeDetails;
import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.assessment.ScoreForm;
import com.jgdj.dashboard.assessment.grading.Dimension;
import com.jgdj.dashboard.assessment.grading.QuotaRule;
import com.jgdj.dashboard.security.Role;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.jgdj.dashboard.base.db.EmbeddedDatabase;
import com.jgdj.dashboard.base.db.OwnerCleanup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A leader approves and publishes a period in Chromium: each whole-period action first shows what it will do and
 * can be cancelled without effect; approval over the 优秀 quota asks for the committee's decision, after which the
 * grading page, the assessment list and the ranking show the same grade and the assessor stays the grader.
 * <p>
 * The period is this test's own: an old half-year two years before the earliest demo period, every active unit
 * graded and submitted by {@code assessor} in set-up, removed again afterwards, so that no other test sees it and
 * it never becomes the "latest published period" the chart tests read.
 */
class PublicationIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedDatabase database;
    @Autowired
    SchemeService schemes;
    @Autowired
    AssessmentService scoring;
    @Autowired
    AssessmentWorkflowService workflow;

    private long period;
    private String periodName;
    private Long createdScheme;
    private int units;
    private int places;
    /** The unit just outside the 优秀 quota: the committee moves it to 良好. */
    private String outside;

    @BeforeEach
    void gradeEveryUnitOfAnOldPeriod() {
        int year = jdbc.sql("select min(year) from reporting_period").query(Integer.class).single() - 2;
        boolean schemeExisted = jdbc.sql("select count(*) from assessment_scheme where year = ?").param(year)
                .query(Integer.class).single() > 0;
        period = jdbc.sql("""
                        insert into reporting_period (year, kind, deadline, status) values (?, 'H1', ?, 'CLOSED')
                        returning id""")
                .params(year, LocalDate.of(year, 7, 10)).query(Long.class).single();
        periodName = year + "年上半年";
        SignIn.asUser(2, "assessor", Role.ASSESSOR);
        try {
            SchemeDetails scheme = schemes.createForYear(year);
            if (!schemeExisted) {
                createdScheme = scheme.id();
            }
            QuotaRule quota = scheme.settings().quota();
            assertFalse(quota.perCategory(), "this journey expects the default quota over all units");
            List<Long> unitIds = jdbc.sql("select id from org_unit where active order by id").query(Long.class).list();
            units = unitIds.size();
            places = quota.allowed(units);
            // places + 1 units score 优秀 with distinct totals (99, 98.5, …), so exactly one is outside the quota
            for (int i = 0; i < units; i++) {
                BigDecimal total = i <= places ? new BigDecimal("99").subtract(new BigDecimal("0.5").multiply(
                        BigDecimal.valueOf(i))) : new BigDecimal("85");
                SavedAssessment s = scoring.save(new ScoreForm(null, null, UnitId.of(unitIds.get(i)), PeriodId.of(period),
                        points(scheme, total), List.of(), null, null, null));
                workflow.submit(s.id(), s.version());
            }
            outside = jdbc.sql("select name from org_unit where id = ?").param(unitIds.get(places))
                    .query(String.class).single();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Full marks minus what is lost, taken from the dimensions in scheme order. */
    private static Map<Long, BigDecimal> points(SchemeDetails scheme, BigDecimal total) {
        BigDecimal lost = new BigDecimal("100").subtract(total);
        Map<Long, BigDecimal> points = new HashMap<>();
        for (Dimension d : scheme.rules().dimensions()) {
            BigDecimal take = lost.min(d.maxPoints());
            points.put(d.id(), d.maxPoints().subtract(take));
            lost = lost.subtract(take);
        }
        return points;
    }

    @AfterEach
    void removeThePeriod() {
        OwnerCleanup.run(database, owner -> owner.sql("""
                delete from audit_log where (entity_type = 'assessment'
                    and entity_id in (select id from assessment where period_id = :p))
                  or (entity_type = 'reporting_period' and entity_id = :p)""").param("p", period).update());
        jdbc.sql("delete from assessment where period_id = ?").param(period).update();
        jdbc.sql("delete from reporting_period where id = ?").param(period).update();
        if (createdScheme != null) {
            jdbc.sql("delete from assessment_scheme where id = ?").param(createdScheme).update();
        }
    }

    private List<String> stored() {
        return jdbc.sql("""
                select a.status || ' ' || count(*) || ' ' || string_agg(distinct a.updated_by, ',')
                from assessment a where a.period_id = ? group by a.status order by a.status""")
                .param(period).query(String.class).list();
    }

    private String gradeOf(String unit) {
        return jdbc.sql("""
                select a.grade || ' ' || a.quota_downgraded || ' ' || a.updated_by
                from assessment a join org_unit u on u.id = a.unit_id where a.period_id = ? and u.name = ?""")
                .params(period, unit).query(String.class).single();
    }

    /** The button labelled exactly {@code text} (not 撤销审定 for 审定, nor 确认通报 for 通报). */
    private Locator only(String text) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(text).setExact(true));
    }

    /** The texts of the grid cells on screen (hidden rows the grid keeps for reuse left out). */
    private List<String> visibleCells() {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true))
                .allInnerTexts().stream().map(String::strip).toList();
    }

    @Test
    void a_leader_confirms_approval_decides_the_quota_and_publishes_and_every_page_shows_the_same_grade() {
        signIn("leader");
        open("/assessments?period=" + period);
        String allInReview = "共" + units + "个单位：未评分 0，草稿 0，待审核 " + units + "，已审定 0，已通报 0";
        assertThat(page.getByText(allInReview)).isVisible();
        shot("list");

        // 审定 asks first, says what it acts on and the quota; cancelling changes nothing
        only("审定").click();
        settle();
        Locator confirm = page.locator(".period-confirm");
        assertThat(confirm.getByText("本期共 " + units + " 个单位：未评分 0，草稿 0，待审核 " + units
                + "，已审定 0，已通报 0。")).isVisible();
        assertThat(confirm.getByText("优秀名额（全部单位）：" + units + " 个单位 × 30% = " + places + " 个（四舍五入）；分数达到优秀的 "
                + (places + 1) + " 个，超出名额：确认后请对并列或超出名额的单位作出决定。")).isVisible();
        shot("approve-confirmation");
        button("取消").click();
        settle();
        assertEquals(List.of("REVIEW " + units + " assessor"), stored());

        // confirmed: refused for the quota, the committee moves the unit outside it to 良好
        only("审定").click();
        settle();
        button("确认审定").click();
        settle();
        assertThat(page.getByText("优秀等次超出名额").first()).isVisible();
        shot("quota");
        Locator decide = page.locator("vaadin-button:not([disabled])").filter(new Locator.FilterOptions()
                .setHasText("调整为良好"));
        assertEquals(1, decide.count());
        decide.click();
        settle();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText(outside + " 已调整为良好"))).isVisible();
        button("关闭").click();
        settle();
        assertEquals("GOOD true assessor", gradeOf(outside));

        // the same grade on the list (with the assessor as grader), the grading page and the ranking
        page.locator("vaadin-text-field[placeholder='单位名称'] input").fill(outside);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true)
                .setHasText("待审核"))).hasCount(1);
        List<String> cells = visibleCells();
        int at = cells.indexOf(outside);
        assertEquals(List.of(outside, "待审核", total(places), "良好", "assessor"),
                List.of(cells.get(at), cells.get(at + 3), cells.get(at + 4), cells.get(at + 5), cells.get(at + 7)));
        shot("list-after-decision");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setVisible(true)
                .setHasText(outside)).click();
        page.waitForURL(u -> u.contains("/assessments/" + period + "/"));
        settle();
        assertThat(page.locator("#live-total")).containsText("总分 " + total(places) + "，等次 良好（因优秀名额调整）");
        shot("sheet-after-decision");
        // the ranking's 良好 units: the one moved out of 优秀 leads them, ranked by its total right after the quota
        open("/rankings?period=" + period + "&grade=GOOD");
        List<String> ranking = visibleCells();
        int r = ranking.indexOf(outside);
        assertEquals(List.of(Integer.toString(places + 1), outside, total(places), "良好"),
                List.of(ranking.get(r - 1), ranking.get(r), ranking.get(r + 2), ranking.get(r + 3)));
        shot("ranking-after-decision");

        // approved, then 通报: cancelled once, then confirmed
        open("/assessments?period=" + period);
        only("审定").click();
        settle();
        button("确认审定").click();
        settle();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText(periodName + "：" + units + "个单位已审定"))).isVisible();
        assertEquals(List.of("APPROVED " + units + " assessor"), stored());
        only("通报").click();
        settle();
        assertThat(page.locator(".period-confirm").getByText("将通报 " + units + " 个单位的考核结果：优秀 " + places + "，良好 "
                + (units - places) + "，一般 0，较差 0。", new Locator.GetByTextOptions().setExact(false))).isVisible();
        shot("publish-confirmation");
        button("取消").click();
        settle();
        assertEquals(List.of("APPROVED " + units + " assessor"), stored());
        only("通报").click();
        settle();
        button("确认通报").click();
        settle();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText(periodName + "：" + units + "个单位已通报"))).isVisible();
        shot("published");
        assertEquals(List.of("PUBLISHED " + units + " assessor"), stored());
        assertEquals("GOOD true assessor", gradeOf(outside));
    }

    private static String total(int i) {
        return new BigDecimal("99").subtract(new BigDecimal("0.5").multiply(BigDecimal.valueOf(i)))
                .stripTrailingZeros().toPlainString();
    }
}
