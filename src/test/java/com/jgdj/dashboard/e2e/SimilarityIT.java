package com.jgdj.dashboard.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 疑似雷同 as an assessor meets it: the period's list, 检测雷同 recomputing it, a click on the most similar pair
 * opening both reports side by side with the shared passages highlighted, and the pair again from the unit's page.
 */
class SimilarityIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void list_detect_and_side_by_side_with_highlighted_passages() {
        long periodId = jdbc.sql("""
                select period_id from similarity_pair group by period_id order by count(*) desc, period_id limit 1""")
                .query(Long.class).single();
        signIn("assessor");
        open("similarity?period=" + periodId);
        button("检测雷同").click();
        settle();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("已检测");

        record Top(long id, String unitA, int passages, long unitIdA) {
        }
        Top top = jdbc.sql("""
                select p.id, u.name, (select count(*) from similarity_passage s where s.pair_id = p.id), u.id
                from similarity_pair p join submission s on s.id = p.submission_a join org_unit u on u.id = s.unit_id
                where p.period_id = ? order by p.score desc, p.id limit 1""").param(periodId)
                .query((rs, n) -> new Top(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4))).single();
        Locator firstRow = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(top.unitA()))
                .first();
        assertThat(firstRow).isVisible();
        shot("list");
        firstRow.click();
        page.waitForURL(Pattern.compile(".*/similarity/" + top.id() + "$"));
        settle();

        assertThat(page.locator(".similarity-shared")).hasCount(2 * top.passages());
        assertThat(page.locator("h2")).containsText("疑似雷同：" + top.unitA());
        shot("side-by-side");

        // the same pair from the unit's own page: its 疑似雷同 section opens the side-by-side view again
        open("units/" + top.unitIdA() + "?period=" + periodId);
        Locator section = page.locator("#unit-similarity");
        section.scrollIntoViewIfNeeded();
        assertThat(section).containsText("疑似雷同");
        shot("unit-page");
        section.locator("vaadin-button").first().click();
        page.waitForURL(Pattern.compile(".*/similarity/\\d+$"));
        settle();
        assertThat(page.locator(".similarity-shared").first()).isVisible();
    }
}
