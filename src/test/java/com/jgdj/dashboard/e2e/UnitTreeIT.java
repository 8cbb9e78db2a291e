package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.demo.DemoUnits;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Units as a tree: the administrator puts 市统计局机关党支部 under the demo's 市委办公室机关党委 in the unit's edit
 * dialog, expands that unit in the units tree and sees its four 党支部, then rolls the ranking up to it.
 */
class UnitTreeIT extends BrowserTest {

    static final String CHILD = "市统计局机关党支部";
    static final List<String> CHILDREN = List.of("市档案馆党支部", "市统计局机关党支部", "市信访局机关党支部",
            "市医疗保障局机关党支部");

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_administrator_sets_a_parent_expands_the_tree_and_ranks_the_children() {
        signIn("admin");
        long child = idOf(CHILD);
        open("/units/" + child);
        button("编辑").click();
        settle();
        Locator parent = page.getByLabel("上级单位", new Page.GetByLabelOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));
        parent.fill("市委办公室");
        page.locator("vaadin-combo-box-item:not([hidden])",
                new Page.LocatorOptions().setHasText(DemoUnits.PARENT)).click();
        shot("parent-chosen");
        button("保存").click();
        settle();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("已保存：" + CHILD))).isVisible();
        assertEquals(DemoUnits.PARENT, jdbc.sql("""
                select p.name from org_unit u join org_unit p on p.id = u.parent_id where u.id = ?""")
                .param(child).query(String.class).single());

        // the units page: scroll the top level to the committee and open it
        open("/units");
        Locator toggle = page.locator("vaadin-grid-tree-toggle", new Page.LocatorOptions().setHasText(DemoUnits.PARENT));
        page.locator("vaadin-grid").hover();
        for (int i = 0; i < 20 && !toggle.isVisible(); i++) {
            page.mouse().wheel(0, 300);
            settle();
        }
        toggle.click();
        settle();
        shot("expanded");
        assertThat(toggle).hasAttribute("expanded", "");
        // the rows one level down (the toggle's level is a property, not an attribute) are exactly its 党支部, read
        // top to bottom as shown (the grid reuses its row elements, so their order in the page is not the rows')
        assertEquals(CHILDREN, page.locator("vaadin-grid-tree-toggle").filter(new Locator.FilterOptions()
                .setVisible(true)).evaluateAll("ts => ts.filter(t => t.level === 1)"
                + ".sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)"
                + ".map(t => t.textContent.trim())"));

        // the ranking of 2026年上半年 (the page's first period) rolled up to the committee: exactly those of its
        // 党支部 that were graded in that period (a unit without a result there is not ranked)
        List<String> graded = jdbc.sql("""
                        select u.name from org_unit u
                        join assessment a on a.unit_id = u.id and a.grade is not null
                        join reporting_period p on p.id = a.period_id and p.year = 2026 and p.kind = 'H1'
                        where u.parent_id = ?""")
                .param(idOf(DemoUnits.PARENT)).query(String.class).list().stream().sorted(UnitTreeIT::byList).toList();
        assertTrue(graded.size() >= 3, "the demo grades most of the committee's 党支部: " + graded);
        open("/rankings");
        assertThat(page.locator("vaadin-combo-box input").first()).hasValue("2026年上半年");
        Locator filter = page.locator("#ranking-parent");
        filter.locator("input").fill("市委办公室");
        page.locator("vaadin-combo-box-item:not([hidden])",
                new Page.LocatorOptions().setHasText(DemoUnits.PARENT)).click();
        settle();
        shot("ranking-below-parent");
        assertThat(page.getByText("共 " + graded.size() + " 个单位", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        List<String> cells = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setVisible(true)).allInnerTexts().stream().map(String::strip).toList();
        assertEquals(graded, cells.stream().filter(CHILDREN::contains).sorted(UnitTreeIT::byList).toList());
        assertEquals(graded.size(), cells.stream().filter(c -> c.endsWith("党支部") || c.endsWith("党委")
                || c.endsWith("党总支") || c.endsWith("党组")).count());
    }

    private static int byList(String a, String b) {
        return Integer.compare(CHILDREN.indexOf(a), CHILDREN.indexOf(b));
    }

    private long idOf(String name) {
        return jdbc.sql("select id from org_unit where name = ?").param(name).query(Long.class).single();
    }
}
