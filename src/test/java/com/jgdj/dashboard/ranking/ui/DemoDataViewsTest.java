package com.jgdj.dashboard.ranking.ui;

import com.jgdj.dashboard.FixedClock;
import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.demo.DemoAssessmentLoader;
import com.jgdj.dashboard.demo.DemoDataInitializer;
import com.jgdj.dashboard.demo.DemoDataLoader;
import com.jgdj.dashboard.demo.DemoScale;
import com.jgdj.dashboard.ranking.InterviewRow;
import com.jgdj.dashboard.ranking.RankingRow;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages on the standard demo dataset of 2026-12-01, loaded inside the test's (rolled back) transaction; the
 * application's clock stands on that day too (a context of its own).
 */
@Import(FixedClock.class)
class DemoDataViewsTest extends KaribuTest {

    @Autowired
    DemoDataLoader demo;
    @Autowired
    DemoAssessmentLoader assessments;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void demoData() {
        demo.load(DemoScale.STANDARD, DemoDataInitializer.DEFAULT_SEED, FixedClock.DAY);
        assessments.load(DemoDataInitializer.DEFAULT_SEED, FixedClock.DAY);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_ranking_and_interview_pages_open_on_the_latest_graded_periods() {
        login(Role.LEADER);
        open("rankings");
        RankingView ranking = _get(RankingView.class);
        assertEquals("2026年上半年", ranking.periodFilter.getValue().name());
        assertEquals("共 38 个单位", ranking.summary.getText());
        RankingRow first = _get((Grid<RankingRow>) _get(Grid.class), 0);
        assertEquals(1, first.overallRank());

        open("interviews");
        InterviewListView interviews = _get(InterviewListView.class);
        assertEquals("2026年上半年", interviews.periodFilter.getValue().name());
        Grid<InterviewRow> grid = _get(Grid.class);
        assertEquals("共 3 个单位，已约谈 0 个", interviews.summary.getText());
        assertEquals("市审计局党组 较差、排名靠后", _get(grid, 0).unitName() + " " + _get(grid, 0).reason());
    }

    @Test
    void the_corrected_demo_assessment_opens_with_its_revision() {
        login(Role.ASSESSOR);
        long[] ids = jdbc.sql("""
                select a.period_id, a.unit_id from assessment_revision r join assessment a on a.id = r.assessment_id""")
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
        open("assessments/" + ids[0] + "/" + ids[1]);
        assertEquals(true, UI.getCurrent().getCurrentView().getClass().getSimpleName().equals("AssessmentEditorView"));
        assertEquals(1, _size(_get(Grid.class)));
    }
}
