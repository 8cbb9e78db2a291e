package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.indicator.IndicatorRow;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.overview.DashboardData;
import com.jgdj.dashboard.overview.DashboardFilter;
import com.jgdj.dashboard.overview.DashboardService;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.security.Role;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hostile text typed by a person: a unit renamed to markup is shown as that very text in the page header, the
 * saved notification, the units grid and the overview heatmap (its axis label and the tooltip of its cell, where
 * ApexCharts writes HTML), and never runs (no dialog, no image request: the markup's {@code <img src=x>} would also
 * be a failed request in the console). A stored file name is never the name a download is saved under.
 */
class HostileInputIT extends BrowserTest {

    static final String PAYLOAD = "<img src=x onerror=alert(1)>";

    @Autowired
    DashboardService dashboard;
    @Autowired
    ReportingPeriodService periods;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;

    private final List<String> dialogs = new ArrayList<>();
    private Long renamed;
    private String originalName;
    private Long submission;
    private String originalFileName;

    @Test
    void a_unit_named_with_markup_shows_as_text_everywhere_and_runs_nowhere() {
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
        signIn("admin");
        open("/");
        page.locator("#card-heatmap svg.apexcharts-svg").first().waitFor();
        DashboardData.HeatmapCell first = heatmapOf(page.locator("vaadin-combo-box").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText("报送期")))).locator("input")
                .inputValue())
                .getFirst();
        renamed = first.unitId();
        originalName = first.unitName();
        String hostile = PAYLOAD + "机关";

        open("/units/" + renamed);
        button("编辑").click();
        Locator name = page.locator("vaadin-dialog vaadin-text-field").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText("单位名称")))).locator("input");
        name.fill(hostile);
        page.locator("vaadin-dialog vaadin-button", new Page.LocatorOptions().setHasText("保存")).click();
        settle();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("已保存："))).hasText("已保存：" + hostile);
        assertThat(page.locator(".view-header h2")).hasText(hostile);
        shot("unit-page");

        open("/units");
        page.locator("vaadin-text-field[placeholder='按名称筛选'] input").fill("onerror");
        settle();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("onerror")))
                .hasText(hostile);
        shot("units-grid");

        open("/");
        Locator heatmap = page.locator("#card-heatmap");
        heatmap.locator("svg.apexcharts-svg").first().waitFor();
        Locator tooltip = heatmap.locator(".apexcharts-tooltip");
        // ApexCharts draws a chart again when its container changes size (the page still being laid out), and a
        // tooltip shown by the chart it replaced goes with it: hover the row again, up to three times
        for (int attempt = 1; ; attempt++) {
            heatmap.scrollIntoViewIfNeeded();
            @SuppressWarnings("unchecked")
            List<Number> point = (List<Number>) heatmap.evaluate("""
                    (card, name) => {
                      const label = [...card.querySelectorAll('.apexcharts-yaxis-label')]
                          .find(l => (l.querySelector('title') || l).textContent === name);
                      if (!label) return null;
                      const y = label.getBoundingClientRect().top + label.getBoundingClientRect().height / 2;
                      const cell = [...card.querySelectorAll('rect.apexcharts-heatmap-rect')].find(r => {
                        const b = r.getBoundingClientRect();
                        return b.top <= y && y <= b.bottom;
                      });
                      const b = cell.getBoundingClientRect();
                      return [b.left + b.width / 4, b.top + b.height / 4];
                    }""", hostile);
            assertEquals(2, point == null ? 0 : point.size(), "the renamed unit's row in the heatmap");
            page.mouse().move(0, 0);
            page.mouse().move(point.get(0).doubleValue(), point.get(1).doubleValue());
            try {
                // the name is shown as the text it is, markup and all
                assertThat(tooltip).containsText(hostile, new LocatorAssertions.ContainsTextOptions().setTimeout(3_000));
                break;
            } catch (AssertionFailedError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        assertEquals(0, tooltip.locator("img").count());
        assertEquals(0, page.locator("img[src=x]").count());
        shot("heatmap-tooltip");
        assertEquals(List.of(), dialogs);
    }

    @Test
    void a_stored_html_file_name_downloads_as_text() {
        submission = jdbc.sql("select id from submission where file_type = 'txt' and latest order by id limit 1")
                .query(Long.class).single();
        originalFileName = jdbc.sql("select file_name from submission where id = ?").param(submission)
                .query(String.class).single();
        jdbc.sql("update submission set file_name = ? where id = ?").params("../evil\".html", submission).update();
        signIn("admin");
        open("/submissions/" + submission);
        Download download = page.waitForDownload(() -> page.locator("a", new Page.LocatorOptions()
                .setHasText("下载原文件")).click());
        assertEquals("evil_.html.txt", download.suggestedFilename());
    }

    private List<DashboardData.HeatmapCell> heatmapOf(String periodName) {
        SignIn.as(Role.ADMIN);
        try {
            PeriodRow period = periods.list().stream().filter(p -> p.name().equals(periodName)).findFirst().orElseThrow();
            long indicator = indicators.list().stream().filter(i -> i.name().equals("中心组学习"))
                    .map(IndicatorRow::id).findFirst().orElseThrow();
            return dashboard.load(new DashboardFilter(period.id(), null, null), indicator).heatmap();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @AfterEach
    void putBack() {
        if (renamed != null) {
            jdbc.sql("update org_unit set name = ? where id = ?").params(originalName, renamed).update();
        }
        if (submission != null) {
            jdbc.sql("update submission set file_name = ? where id = ?").params(originalFileName, submission).update();
        }
    }
}
