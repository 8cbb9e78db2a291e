package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.search.SearchFilter;
import com.jgdj.dashboard.search.SearchHit;
import com.jgdj.dashboard.search.SearchService;
import com.jgdj.dashboard.security.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 全文检索 as a person uses it: a two-character word typed and Enter pressed, the hits listed with the word marked,
 * a click that opens the report scrolled to the word; a liaison finds only its own unit's reports.
 */
class SearchIT extends BrowserTest {

    @Autowired
    SearchService search;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private <T> T as(Role role, Long unitId, Supplier<T> call) {
        SignIn.as(role, unitId);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_word_typed_lists_the_reports_and_a_click_opens_one_at_the_word() {
        long expected = as(Role.ADMIN, null, () -> search.count(SearchFilter.of("党课")));
        SearchHit first = as(Role.ADMIN, null, () -> search.search(SearchFilter.of("党课"), 0, 1).getFirst());
        assertTrue(expected > 1, "the demo reports mention 党课");

        signIn("admin");
        // the side navigation is markup the browser links by itself: a click moves within the loaded app (a page
        // load would forget this mark) and marks the item as the current page
        page.evaluate("() => window.beforeMenuClick = true");
        page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("全文检索"))
                .click();
        page.waitForURL(Pattern.compile(".*/search$"));
        settle();
        assertEquals(true, page.evaluate("() => window.beforeMenuClick === true"));
        assertThat(page.locator("vaadin-side-nav-item[current]")).containsText("全文检索");
        Locator field = page.locator("vaadin-text-field input").first();
        field.click();
        page.keyboard().type("党课");
        page.keyboard().press("Enter");
        settle();
        page.waitForURL(Pattern.compile(".*/search\\?q=.*"));
        shot("hits");

        assertThat(page.locator(".view-header")).containsText("共 " + expected + " 份");
        Locator rows = page.locator("vaadin-grid-cell-content .search-snippet");
        assertThat(rows.first()).isVisible();
        assertEquals("党课", rows.first().locator(".hl-hit").first().textContent());
        assertThat(page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(first.unitName())).first()).isVisible();

        rows.first().click();
        page.waitForURL(Pattern.compile(".*/submissions/" + first.submissionId() + "\\?at=" + first.firstOffset()));
        settle();
        Locator focus = page.locator(".report-text .hl-focus");
        assertThat(focus).containsText("党");
        // the reader scrolls smoothly: wait until the word has arrived in the viewport
        page.waitForFunction("() => { const e = document.querySelector('.report-text .hl-focus');"
                + " if (!e) return false; const r = e.getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight; }");
        BoundingBox box = focus.boundingBox();
        assertTrue(box != null && box.y >= 0 && box.y < HEIGHT, "the word is in view: " + (box == null ? null : box.y));
        shot("report-at-word");
    }

    @Test
    void a_liaison_finds_only_its_own_units_reports() {
        long unitId = jdbc.sql("select unit_id from app_user where username = 'reporter'").query(Long.class).single();
        String unitName = jdbc.sql("select name from org_unit where id = ?").param(unitId).query(String.class).single();
        List<SearchHit> own = as(Role.REPORTER, unitId, () -> search.search(SearchFilter.of("党建"), 0, 50));
        assertTrue(own.size() > 0 && own.stream().allMatch(h -> h.unitId() == unitId));

        signIn("reporter");
        open("/search?q=党建");
        shot("liaison-hits");
        assertThat(page.locator(".view-header")).containsText("共 " + own.size() + " 份");
        // no unit or category filter for a liaison
        assertEquals(0, page.locator("vaadin-combo-box[placeholder='全部单位']").count());
        Locator units = page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(unitName));
        assertThat(units.first()).isVisible();
        Locator cells = page.locator("vaadin-grid-cell-content .search-snippet");
        assertThat(cells).hasCount(own.size());
    }
}
