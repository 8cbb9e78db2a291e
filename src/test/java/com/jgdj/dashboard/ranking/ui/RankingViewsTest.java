package com.jgdj.dashboard.ranking.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.ranking.InterviewRow;
import com.jgdj.dashboard.ranking.RankingFixture;
import com.jgdj.dashboard.ranking.RankingRow;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RankingViewsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    RankingFixture f;

    @BeforeEach
    void results() {
        f = new RankingFixture(data, jdbc);
        String[][] h1 = {{"90", "EXCELLENT"}, {"85", "GOOD"}, {"80", "GOOD"}, {"55", "POOR"}, {"95", "EXCELLENT"}};
        String[][] annual = {{"86", "GOOD"}, {"88.5", "GOOD"}, {"88.5", "GOOD"}, {"58", "POOR"}, {"92", "EXCELLENT"}};
        for (int i = 0; i < 5; i++) {
            f.grade(i, f.h1, h1[i][0], h1[i][1], "PUBLISHED");
            f.grade(i, f.annual, annual[i][0], annual[i][1], "PUBLISHED");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows() {
        Grid<T> grid = _get(Grid.class);
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    @Test
    void the_ranking_shows_ties_and_changes_and_switches_to_per_category() {
        login(Role.LEADER);
        open("rankings?period=" + f.annual);
        RankingView view = _get(RankingView.class);
        assertEquals("共 5 个单位", view.summary.getText());
        assertEquals(List.of("1 市委组织部机关党委 —", "并列2 市财政局机关党委 ↑2", "并列2 市发展改革委机关党委 ↑1",
                "4 市委办公室机关党委 ↓2", "5 市商务局机关党委 —"), RankingViewsTest.<RankingRow>rows().stream()
                .map(r -> RankingRow.rankLabel(r.overallRank(), r.tiedOverall()) + " " + r.unitName() + " "
                        + RankingRow.changeLabel(r.overallChange())).toList());
        view.mode.setValue(RankingView.BY_CATEGORY);
        assertEquals(List.of("综合部门 1", "综合部门 2", "经济部门 并列1", "经济部门 并列1", "经济部门 3"),
                RankingViewsTest.<RankingRow>rows().stream().map(r -> r.categoryName() + " "
                        + RankingRow.rankLabel(r.categoryRank(), r.tiedInCategory())).toList());
        _get(Anchor.class, s -> s.withText("导出排名"));
        _get(Anchor.class, s -> s.withText("导出等次名单"));
    }

    @Test
    void a_talk_is_recorded_from_the_interview_list_and_appears_on_the_unit_page() {
        login(Role.LEADER);
        open("interviews?period=" + f.h1);
        assertEquals(List.of("市商务局机关党委 李四 较差 未约谈"), RankingViewsTest.<InterviewRow>rows().stream()
                .map(r -> r.unitName() + " " + r.secretaryName() + " " + r.reason() + " "
                        + (r.heldOn() == null ? "未约谈" : r.heldOn())).toList());
        _clickItem(_get(Grid.class), 0);
        InterviewEditor editor = _get(InterviewEditor.class);
        editor.heldOn.setValue(LocalDate.of(2023, 9, 5));
        editor.note.setValue("约谈党组书记");
        editor.disqualified.setValue(true);
        _click(editor.save);
        expectNotifications("约谈记录已保存");
        assertEquals("共 1 个单位，已约谈 1 个", _get(InterviewListView.class).summary.getText());

        open("units/" + f.units[3]);
        assertEquals("双约谈记录2023年上半年：2023年9月5日约谈，约谈党组书记；已取消评优资格",
                _get(VerticalLayout.class, s -> s.withId("unit-interviews")).getElement().getTextRecursively());
    }
}
