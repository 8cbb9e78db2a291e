package com.jgdj.dashboard.similarity.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SimilarityViewsTest extends KaribuTest {

    static final String PLANTED = "我们组织开展了“红色物业进小区”联建活动，党员志愿者为辖区三百二十户居民修缮楼道照明，"
            + "同步建立了“楼栋长+网格员+在职党员”的三级联系制度，收集群众意见建议并逐条办结。";

    long period;
    long subA;
    long unitA;

    @BeforeEach
    void reports() {
        long category = data.category("雷同界面测试", 92);
        long a = data.unit("市交通运输局机关党委", category, "机关党委", "张三", true);
        unitA = a;
        long b = data.unit("市卫生健康委机关党委", category, "机关党委", "李四", true);
        period = data.period(2033, "H1", LocalDate.of(2033, 7, 10), "OPEN");
        subA = data.submission(a, period, "交通运输局开展运输保障专项行动，组织党员突击队驻守枢纽站场。\n" + PLANTED + "\n",
                "a.txt", false, "SUBMITTED");
        data.submission(b, period, "卫健委推行院长书记双向汇报机制，深化家庭医生签约服务。\n" + PLANTED + "\n",
                "b.txt", false, "SUBMITTED");
    }

    @Test
    void detect_lists_the_pair_and_a_click_shows_both_texts_with_the_shared_passage_highlighted() {
        login(Role.ASSESSOR);
        open("similarity?period=" + period);
        SimilarityListView list = _get(SimilarityListView.class);
        assertEquals(0, _size(list.grid));

        list.detect.click();

        assertEquals(1, _size(list.grid));
        assertEquals("共 1 对", list.summary.getText());
        _clickItem(list.grid, 0);
        SimilarityPairView pair = _get(SimilarityPairView.class);
        String passage = PLANTED.substring(0, PLANTED.length() - 1);
        assertEquals(List.of(passage), pair.passages(true));
        assertEquals(List.of(passage), pair.passages(false));

        open("submissions/" + subA);
        Button badge = _get(SimilarityFlags.class).getChildren().map(Button.class::cast).findFirst().orElseThrow();
        assertEquals("疑似雷同：与 市卫生健康委机关党委 相似度 75%", badge.getText());
        // 74 letters shared of the 99 of the shorter report
        badge.click();
        assertEquals(List.of(passage), _get(SimilarityPairView.class).passages(false));
    }

    @Test
    void the_unit_page_lists_its_pairs_for_the_committee_and_not_for_the_liaison() {
        login(Role.ASSESSOR);
        open("similarity?period=" + period);
        _get(SimilarityListView.class).detect.click();

        open("units/" + unitA + "?period=" + period);
        com.vaadin.flow.component.Component section = _get(com.vaadin.flow.component.Component.class,
                spec -> spec.withId("unit-similarity"));
        List<String> labels = section.getChildren().filter(Button.class::isInstance)
                .map(c -> ((Button) c).getText()).toList();
        assertEquals(List.of("疑似雷同：与 市卫生健康委机关党委 相似度 75%"), labels);
        section.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow().click();
        assertEquals(List.of(PLANTED.substring(0, PLANTED.length() - 1)),
                _get(SimilarityPairView.class).passages(false));

        login(Role.REPORTER, unitA);
        open("units/" + unitA + "?period=" + period);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.Component.class,
                spec -> spec.withId("unit-similarity"));
    }

    @Test
    void a_leader_sees_the_list_without_the_detect_button() {
        login(Role.LEADER);
        open("similarity?period=" + period);

        assertFalse(_get(SimilarityListView.class).detect.isVisible());
    }
}
