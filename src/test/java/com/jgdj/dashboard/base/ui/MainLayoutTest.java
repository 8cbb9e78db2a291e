package com.jgdj.dashboard.base.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.base.settings.AppSettings;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MainLayoutTest extends KaribuTest {

    @Autowired
    AppSettings settings;

    @Test
    void the_side_navigation_lists_the_pages_in_order() {
        login(Role.ADMIN);
        open("");
        List<String> labels = items().stream().map(Element::text).toList();
        assertEquals(List.of("总览", "报送情况", "单位", "报送期", "报送材料", "全文检索", "上传 / 批量导入", "考核评分",
                "考核方案", "考核排名", "约谈名单", "疑似雷同", "统计指标", "核对规则", "公文模板", "用户管理", "审计日志"), labels);
        List<String> paths = items().stream().map(i -> i.attr("path")).toList();
        assertEquals(List.of("", "completeness", "units", "periods", "submissions", "search", "upload", "assessments",
                "schemes", "rankings", "interviews", "similarity", "indicators", "rules", "document-templates",
                "admin/users", "audit"), paths);
    }

    @Test
    void a_leader_sees_no_upload_and_no_administration_in_the_menu() {
        login(Role.LEADER);
        open("");
        List<String> labels = items().stream().map(Element::text).toList();
        assertEquals(List.of("总览", "报送情况", "单位", "报送期", "报送材料", "全文检索", "考核评分", "考核排名", "约谈名单", "疑似雷同"), labels);
    }

    @Test
    void each_item_carries_its_icon_and_the_nav_its_class() {
        login(Role.LEADER);
        open("");
        assertEquals(List.of("vaadin:dashboard", "vaadin:check-square-o"), items().stream().limit(2)
                .map(i -> i.selectFirst("vaadin-icon[slot=prefix]").attr("icon")).toList());
        assertEquals(List.of("app-nav"), List.copyOf(_get(Html.class, spec -> spec.withClasses("app-nav")).getClassNames()));
    }

    /** The side navigation's items, from the markup the browser receives. */
    private static List<Element> items() {
        Html nav = _get(Html.class, spec -> spec.withClasses("app-nav"));
        return Jsoup.parseBodyFragment(nav.getInnerHtml()).select("vaadin-side-nav-item");
    }

    @Test
    void the_side_navigation_leads_to_each_page() {
        login(Role.ASSESSOR);
        for (String path : List.of("units", "periods", "submissions", "")) {
            open(path);
            assertEquals(path, UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        }
    }

    @Test
    void demo_data_is_marked_as_such() {
        settings.put(AppSettings.DEMO_DATA, "true");
        login(Role.LEADER);
        open("");
        assertEquals("示例数据", _get(Span.class, spec -> spec.withId("demo-data-badge")).getText());
    }

    @Test
    void real_data_carries_no_demo_marker() {
        login(Role.LEADER);
        open("");
        _assertNone(Span.class, spec -> spec.withId("demo-data-badge"));
    }
}
