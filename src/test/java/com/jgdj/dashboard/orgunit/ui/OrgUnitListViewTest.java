package com.jgdj.dashboard.orgunit.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.orgunit.CategoryOption;
import com.jgdj.dashboard.orgunit.OrgUnitTreeRow;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.jgdj.dashboard.orgunit.OrgUnitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgUnitListViewTest extends KaribuTest {

    @Autowired
    OrgUnitService service;
    @Autowired
    JdbcClient jdbc;

    long economy;
    long youthLeague;
    long finance;
    long general;

    @BeforeEach
    void units() {
        general = data.category("综合部门", 1);
        economy = data.category("经济部门", 2);
        long mass = data.category("群团组织", 5);
        youthLeague = data.unit("团市委机关党总支", mass, "党总支", "王晓明", true);
        data.unit("市公安局党委", general, "党委", "李建国", true);
        finance = data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        data.unit("市发展改革委机关党委", economy, "机关党委", "赵强", true);
        data.unit("市档案馆党支部", general, "党支部", "周敏", false);
    }

    @SuppressWarnings("unchecked")
    private List<String> names() {
        TreeGrid<OrgUnitTreeRow> grid = _get(TreeGrid.class);
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).name()).toList();
    }

    @Test
    void units_are_listed_in_pinyin_order() {
        login(Role.LEADER);
        open("units");
        // by code point 团 (U+56E2) would come first; by pinyin 市 (shì) comes before 团 (tuán)
        assertEquals(List.of("市财政局机关党委", "市发展改革委机关党委", "市公安局党委", "团市委机关党总支"), names());
        _get(OrgUnitListView.class).inactiveFilter.setValue(true);
        assertEquals(List.of("市财政局机关党委", "市档案馆党支部", "市发展改革委机关党委", "市公安局党委",
                "团市委机关党总支"), names());
    }

    @Test
    @SuppressWarnings("unchecked")
    void units_are_filtered_by_category_and_name() {
        login(Role.LEADER);
        open("units");
        ComboBoxHelper.select(_get(com.vaadin.flow.component.combobox.ComboBox.class), "经济部门");
        assertEquals(List.of("市财政局机关党委", "市发展改革委机关党委"), names());
        setValue(_get(com.vaadin.flow.component.textfield.TextField.class), "财政");
        assertEquals(List.of("市财政局机关党委"), names());
    }

    @Test
    void a_reporter_sees_only_its_own_unit() {
        login(Role.REPORTER, youthLeague);
        open("units");
        assertEquals(List.of("团市委机关党总支"), names());
        assertFalse(_get(OrgUnitListView.class).add.isVisible());
    }

    @Test
    void an_administrator_adds_a_unit_and_a_duplicate_name_is_refused() {
        login(Role.ADMIN);
        open("units");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withText("新增单位")));
        OrgUnitEditor editor = _get(OrgUnitEditor.class);
        setValue(editor.name, "市审计局机关党委");
        editor.category.setValue(new CategoryOption(economy, "经济部门"));
        setValue(editor.secretary, "孙丽");
        _click(editor.save);
        expectNotifications("已保存：市审计局机关党委");
        assertTrue(names().contains("市审计局机关党委"));

        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withText("新增单位")));
        OrgUnitEditor second = _get(OrgUnitEditor.class);
        setValue(second.name, "市财政局机关党委");
        second.category.setValue(new CategoryOption(economy, "经济部门"));
        clickFailing(second.save);
        expectNotifications("已存在同名单位：市财政局机关党委");
        assertEquals(1, names().stream().filter("市财政局机关党委"::equals).count());
    }

    @Test
    void the_tree_shows_a_parent_with_its_children_when_expanded() {
        long first = data.unit("市财政局第1党支部", economy, "党支部", null, true);
        long second = data.unit("市财政局第2党支部", economy, "党支部", null, true);
        long grandchild = data.unit("市财政局第1党支部青年小组", economy, "党支部", null, true);
        jdbc.sql("update org_unit set parent_id = ? where id in (?, ?)").params(finance, first, second).update();
        jdbc.sql("update org_unit set parent_id = ? where id = ?").params(first, grandchild).update();
        login(Role.LEADER);
        open("units");
        assertEquals(List.of("市财政局机关党委", "市发展改革委机关党委", "市公安局党委", "团市委机关党总支"), names());
        @SuppressWarnings("unchecked")
        TreeGrid<OrgUnitTreeRow> grid = _get(TreeGrid.class);
        OrgUnitTreeRow parent = _get(grid, 0);
        assertEquals(2, parent.children());
        grid.expand(parent);
        assertEquals(List.of("市财政局机关党委", "市财政局第1党支部", "市财政局第2党支部", "市发展改革委机关党委",
                "市公安局党委", "团市委机关党总支"), names());
        assertEquals(1, _get(grid, 1).children());
        assertEquals(0, _get(grid, 2).children());
        grid.expand(_get(grid, 1));
        assertEquals(List.of("市财政局机关党委", "市财政局第1党支部", "市财政局第1党支部青年小组", "市财政局第2党支部",
                "市发展改革委机关党委", "市公安局党委", "团市委机关党总支"), names());
    }

    @Test
    void the_administrator_sets_the_parent_in_the_editor_and_the_tree_follows() {
        login(Role.ADMIN);
        open("units");
        OrgUnitEditor editor = new OrgUnitEditor(service, service.details(youthLeague).orElseThrow().toForm(),
                id -> { });
        editor.parent.setValue(service.option(finance).orElseThrow());
        _click(editor.save);
        expectNotifications("已保存：团市委机关党总支");
        _get(OrgUnitListView.class).grid.getDataProvider().refreshAll();
        assertEquals(List.of("市财政局机关党委", "市发展改革委机关党委", "市公安局党委"), names());
        assertEquals("市财政局机关党委", service.details(youthLeague).orElseThrow().parentName());
    }

    private static <V> void setValue(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        field.setValue(value);
    }
}
