package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.findings.FindingsFilter;
import com.jgdj.dashboard.findings.FindingsService;
import com.jgdj.dashboard.findings.PlanGapRow;
import com.jgdj.dashboard.findings.RuleViolation;
import com.microsoft.playwright.Download;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import com.jgdj.dashboard.security.Role;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /**
     * The open period holds the planted copies. The expected figures come from the recorded data, not from the
     * statement behind the card: the pairs from {@code similarity_pair}, the uncovered plan items by matching every
     * unit's plans on read ({@code planDelivery}), the violations from the list the rules page evaluates.
     */
    @Test
    void the_findings_card_counts_each_kind_opens_its_list_exports_it_and_a_report_shows_its_marks() throws IOException {
        long periodId = jdbc.sql("select id from reporting_period where status = 'OPEN' order by seq desc limit 1")
                .query(Long.class).single();
        long pairs = jdbc.sql("select count(*) from similarity_pair where period_id = ?").param(periodId)
                .query(Long.class).single();
        SignIn.as(Role.ADMIN);
        FindingsFilter all = FindingsFilter.period(periodId);
        long violations = findings.violations(all, 0, Integer.MAX_VALUE).size();
        long gaps = 0;
        for (long unit : jdbc.sql("select unit_id from submission where period_id = ? and latest").param(periodId)
                .query(Long.class).list()) {
            gaps += findings.planDelivery(unit, periodId).map(d -> d.uncovered().size()).orElse(0);
        }
        List<PlanGapRow> gapRows = findings.planGaps(all, 0, Integer.MAX_VALUE);
        RuleViolation evidence = findings.violations(all, 0, 1).getFirst();
        SecurityContextHolder.clearContext();
        assertTrue(pairs > 0 && violations > 0 && gaps > 0, "the demo shows each kind of finding: " + pairs + " "
                + violations + " " + gaps);

        signIn("leader");
        open("/?period=" + periodId);
        assertThat(page.locator("#kpi-rule-violations .kpi-value")).hasText(Long.toString(violations));
        assertThat(page.locator("#kpi-copy-pairs .kpi-value")).hasText(Long.toString(pairs));
        assertThat(page.locator("#kpi-plan-gaps .kpi-value")).hasText(Long.toString(gaps));
        shot("overview-findings");

        page.locator("#kpi-plan-gaps").click();
        page.waitForURL(Pattern.compile(".*/findings/plans\\?period=" + periodId + "$"));
        settle();
        assertThat(page.getByText("共 " + gaps + " 项上期工作打算在本期报告中未见落实（按文字比对，仅供参考）")).isVisible();
        shot("plan-gaps");

        Download download = page.waitForDownload(() -> page.locator("#findings-export").click());
        Path file = Paths.get("target", "e2e", "findings.xlsx");
        download.saveAs(file);
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("数字核对提示", "疑似雷同", "上期打算未落实"), sheets.stream().map(Sheet::getName).toList());
            // title, three facts, the header, then one row per finding
            assertEquals(5 + violations, sheets.get(0).read().size());
            assertEquals(5 + pairs, sheets.get(1).read().size());
            List<Row> gapSheet = sheets.get(2).read();
            assertEquals(5 + gaps, gapSheet.size());
            assertEquals(List.of("筛选条件", "全部单位"), texts(gapSheet.get(2)));
            assertEquals(gapRows.stream().map(g -> g.unitName() + " " + g.itemText()).toList(), gapSheet.subList(5,
                    gapSheet.size()).stream().map(r -> r.getCellText(0) + " " + r.getCellText(1)).toList());
        }

        open("/submissions/" + evidence.submissionId());
        Locator marks = page.locator("#report-text .hl-rule");
        assertThat(marks.first()).isVisible();
        assertEquals(evidence.text(), String.join("", page.locator("#report-text span[data-o]").all().stream()
                .filter(l -> {
                    int at = Integer.parseInt(l.getAttribute("data-o"));
                    return at >= evidence.startOffset() && at < evidence.endOffset();
                }).map(Locator::textContent).toList()));
        assertThat(page.locator("#report-legend")).containsText("数字核对提示");
        page.locator(".finding-link[data-kind='RULE']").first().click();
        assertThat(page.locator("#report-text .hl-rule.hl-focus").first()).isVisible();
        shot("report-marks");
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
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
