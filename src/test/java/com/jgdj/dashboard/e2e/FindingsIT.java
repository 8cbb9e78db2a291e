package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.findings.FindingsService;
import com.jgdj.dashboard.security.Role;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule findings of the demo: the overview's 数字核对提示 opens the period's list, a finding opens the report at its
 * count. Reads the latest closed period's findings; changes no rule (other journeys read the overview).
 */
class FindingsIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FindingsService findings;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_overview_opens_the_periods_findings_and_a_finding_opens_the_report_at_its_count() {
        long periodId = jdbc.sql("select id from reporting_period where status = 'CLOSED' order by seq desc limit 1")
                .query(Long.class).single();
        SignIn.as(Role.ADMIN);
        long count = findings.violationCount(periodId);
        SecurityContextHolder.clearContext();
        assertTrue(count > 0, "the demo has rule violations in its latest closed period");

        signIn("leader");
        open("/?period=" + periodId);
        Locator kpi = page.locator("#kpi-rule-violations");
        assertThat(kpi.locator(".kpi-value")).hasText(Long.toString(count));
        shot("overview");
        kpi.click();
        page.waitForURL(Pattern.compile(".*/findings\\?period=" + periodId + "$"));
        settle();
        assertThat(page.getByText("共 " + count + " 条提示（提示不自动扣分）")).isVisible();
        shot("findings");
        page.locator("vaadin-grid-cell-content vaadin-button").first().click();
        page.waitForURL(Pattern.compile(".*/submissions/\\d+\\?at=\\d+$"));
        settle();
        shot("report-at-count");
    }

    @Test
    void an_administrator_opens_a_rule_and_a_leader_cannot_open_the_rules() {
        signIn("admin");
        open("/rules");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("中心组学习每半年不少于6次（全年12次）")).first()).isVisible();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("中心组学习每半年不少于6次（全年12次）")).first().click();
        settle();
        assertThat(page.locator("vaadin-dialog")).containsText("编辑规则");
        shot("rule-editor");
        button("取消").click();
        settle();
        signOut();
        signIn("leader");
        open("/rules");
        assertThat(page.getByText("无权访问").first()).isVisible();
    }
}
