package com.jgdj.dashboard.orgunit.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.orgunit.CategoryOption;
import com.jgdj.dashboard.orgunit.OrgUnitRow;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

    long economy;
    long youthLeague;

    @BeforeEach
    void units() {
        long general = data.category("综合部门", 1);
        economy = data.category("经济部门", 2);
        long mass = data.category("群团组织", 5);
        youthLeague = data.unit("团市委机关党总支", mass, "党总支", "王晓明", true);
        data.unit("市公安局党委", general, "党委", "李建国", true);
        data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        data.unit("市发展改革委机关党委", economy, "机关党委", "赵强", true);
        data.unit("市档案馆党支部", general, "党支部", "周敏", false);
    }

    @SuppressWarnings("unchecked")
    private List<String> names() {
        Grid<OrgUnitRow> grid = _get(Grid.class);
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

    private static <V> void setValue(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        field.setValue(value);
    }
}
