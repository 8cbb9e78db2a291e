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
        assertEquals(CHILDREN, page.locator("vaadin-grid-tree-toggle[level='1']")
                .filter(new Locator.FilterOptions().setVisible(true)).allInnerTexts().stream().map(String::strip)
                .toList());

        // the ranking rolled up to the committee: exactly its four 党支部
        open("/rankings");
        Locator filter = page.locator("#ranking-parent");
        filter.locator("input").fill("市委办公室");
        page.locator("vaadin-combo-box-item:not([hidden])",
                new Page.LocatorOptions().setHasText(DemoUnits.PARENT)).click();
        settle();
        shot("ranking-below-parent");
        assertThat(page.getByText("共 4 个单位", new Page.GetByTextOptions().setExact(true))).isVisible();
        List<String> cells = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setVisible(true)).allInnerTexts().stream().map(String::strip).toList();
        assertEquals(CHILDREN, cells.stream().filter(CHILDREN::contains).sorted(UnitTreeIT::byList).toList());
        assertEquals(4, cells.stream().filter(c -> c.endsWith("党支部") || c.endsWith("党委") || c.endsWith("党总支")
                || c.endsWith("党组")).count());
    }

    private static int byList(String a, String b) {
        return Integer.compare(CHILDREN.indexOf(a), CHILDREN.indexOf(b));
    }

    private long idOf(String name) {
        return jdbc.sql("select id from org_unit where name = ?").param(name).query(Long.class).single();
    }
}
