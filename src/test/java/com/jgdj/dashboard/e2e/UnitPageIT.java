package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.ReportAnalysis;
import com.jgdj.dashboard.unitpage.DimensionScoreRow;
import com.jgdj.dashboard.unitpage.UnitPeriodOption;
import com.jgdj.dashboard.unitpage.UnitProfile;
import com.jgdj.dashboard.unitpage.UnitProfileService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The unit page loaded directly, as a bookmark or a link opens it: no browser errors, a period selector that a
 * click changes, the report's outline beside its text, every submitted version listed, and a dimension's evidence
 * in view with a jump to its place in the report.
 */
class UnitPageIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitProfileService profiles;

    /** A unit with a published grade and a report in the latest period that has published grades. */
    private long unitId;
    private long periodId;
    private UnitProfile profile;

    @BeforeEach
    void pickUnit() {
        periodId = jdbc.sql("""
                select p.id from reporting_period p
                where exists (select 1 from assessment a where a.period_id = p.id and a.status = 'PUBLISHED')
                order by p.seq desc limit 1""").query(Long.class).single();
        unitId = jdbc.sql("""
                select a.unit_id from assessment a join org_unit u on u.id = a.unit_id
                join submission s on s.unit_id = a.unit_id and s.period_id = a.period_id and s.latest
                where a.period_id = ? and a.status = 'PUBLISHED'
                order by a.total, u.id limit 1""").param(periodId).query(Long.class).single();
        profile = profile(null).orElseThrow();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private Optional<UnitProfile> profile(Long dimensionId) {
        SignIn.as(Role.ADMIN);
        try {
            return profiles.profile(UnitId.of(unitId), PeriodId.orNull(periodId), dimensionId);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_direct_load_shows_every_card_and_the_period_changes_by_a_click() {
        signIn("admin");
        open("/units/" + unitId + "?period=" + periodId);
        shot("loaded");

        // the period selector is a real select showing the chosen period
        Locator select = page.locator("vaadin-select");
        assertThat(select.locator("vaadin-select-value-button")).hasText(profile.period().name());

        // the outline beside the report lists its headings
        ReportAnalysis.HeadingRow heading = profile.report().analysis().headings().getFirst();
        assertThat(page.locator("#unit-report .report-outline vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(heading.marker() + heading.title())).first()).isVisible();

        // every version of every report, on a direct load too
        long versions = jdbc.sql("select count(*) from submission where unit_id = ?").param(unitId)
                .query(Long.class).single();
        Locator submissions = page.locator("#unit-submissions");
        submissions.scrollIntoViewIfNeeded();
        assertThat(submissions.locator("vaadin-grid-cell-content a")).hasCount((int) versions);
        shot("submissions");

        // another period, chosen by a click in the select's list
        UnitPeriodOption other = profile.periods().stream().filter(p -> p.id() != periodId && p.hasData())
                .findFirst().orElseThrow();
        page.evaluate("() => window.scrollTo(0, 0)");
        select.click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(other.name())).click();
        page.waitForURL(Pattern.compile(".*/units/" + unitId + "\\?period=" + other.id() + "$"));
        settle();
        assertThat(select.locator("vaadin-select-value-button")).hasText(other.name());
        assertThat(page.locator("#unit-report h3").first()).hasText("工作汇报（" + other.name() + "）");
        shot("other-period");
    }

    @Test
    void a_dimension_opens_at_its_evidence_and_a_click_jumps_to_it_in_the_report() {
        DimensionScoreRow dimension = null;
        UnitProfile focused = null;
        for (DimensionScoreRow d : profile.dimensions()) {
            UnitProfile p = profile(d.dimensionId()).orElseThrow();
            if (!p.evidence().isEmpty()) {
                dimension = d;
                focused = p;
                break;
            }
        }
        assertNotNull(dimension, "the demo unit has evidence for some dimension");
        signIn("admin");
        open("/units/" + unitId + "?period=" + periodId + "&dimension=" + dimension.dimensionId());
        Locator panel = page.locator("#unit-dimension");
        assertThat(panel).containsText(dimension.name() + "：");
        assertThat(panel).isInViewport();
        shot("at-dimension");

        var evidence = focused.evidence().getLast();
        panel.locator("vaadin-button").last().click();
        Locator place = page.locator("#unit-report .hl-focus");
        assertThat(place).hasAttribute("data-o", Pattern.compile("\\d+"));
        assertThat(place).isInViewport();
        int offset = Integer.parseInt(place.getAttribute("data-o"));
        int end = offset + place.textContent().length();
        org.junit.jupiter.api.Assertions.assertTrue(offset <= evidence.quantityStart() && evidence.quantityStart() < end,
                "the marked place holds the evidence's count at " + evidence.quantityStart());
        shot("evidence");
    }
}
