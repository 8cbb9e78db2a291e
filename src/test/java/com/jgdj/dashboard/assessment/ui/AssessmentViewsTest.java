package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.StatementLog;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.AssessmentRow;
import com.jgdj.dashboard.assessment.grading.Item;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentViewsTest extends KaribuTest {

    static final String SEED = "001_54c52abd9ec97c98.txt";

    @Autowired
    JdbcClient jdbc;

    long period;
    long league;

    @BeforeEach
    void report() {
        long mass = data.category("群团组织", 5);
        league = data.unit("团市委机关党总支", mass, "党总支", "王晓明", true);
        period = data.period(2023, "H1", LocalDate.of(2023, 7, 10), "CLOSED");
        data.submission(league, period, TestData.seed(SEED), "团市委-2023年上半年.txt", false, "ACCEPTED");
    }

    @SuppressWarnings("unchecked")
    private static AssessmentRow onlyRow() {
        Grid<AssessmentRow> grid = _get(Grid.class);
        assertEquals(1, _size(grid));
        return _get(grid, 0);
    }

    /** The league's sheet in a year that has no scheme yet: the explicit action creates it. */
    private AssessmentEditorView openCreatingTheScheme() {
        open("assessments/" + period + "/" + league);
        AssessmentEditorView editor = _get(AssessmentEditorView.class);
        _click(editor.createScheme);
        expectNotifications("已建立2023年度考核方案");
        return editor;
    }

    private String stored(String column) {
        return jdbc.sql("select " + column + " from assessment where unit_id = ?").param(league)
                .query(String.class).single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_assessor_grades_one_unit_a_leader_approves_and_publishes_and_the_ranking_shows_it() {
        login(Role.ASSESSOR);
        open("assessments?period=" + period);
        assertEquals(null, onlyRow().status());
        _clickItem(_get(Grid.class), 0);

        AssessmentEditorView editor = _get(AssessmentEditorView.class);
        _click(editor.createScheme);
        expectNotifications("已建立2023年度考核方案");
        assertEquals(TestData.seed(SEED), editor.report.reader.displayedText());
        String[] points = {"17", "13", "17", "9", "13", "8.5", "8.5"};
        List<NumberField> fields = List.copyOf(editor.form.dimensionFields.values());
        for (int i = 0; i < points.length; i++) {
            fields.get(i).setValue(Double.parseDouble(points[i]));
        }
        _click(editor.form.addAdjustment);
        AdjustmentRow deduction = editor.form.rows.getFirst();
        Item late = deduction.item.getListDataView().getItems()
                .filter(i -> i.name().equals("未查摆存在的问题")).findFirst().orElseThrow();
        deduction.item.setValue(late);
        deduction.points.setValue(1.0);
        deduction.reason.setValue("问题查摆不深入");
        // the first hint's 作为依据 puts its place in the report on the deduction
        _click(_find(Button.class, s -> s.withText("作为依据")).getFirst());
        assertTrue(deduction.evidenceLink.isVisible());
        assertEquals("总分 85，拟定等次 良好  ＝ 指标 86 ＋ 加分 0 － 扣分 1", editor.form.total.getText());

        _click(editor.submit);
        expectNotifications("已提交审核");
        assertEquals("REVIEW", stored("status"));
        assertEquals("85.0", stored("total"));
        assertEquals(1, jdbc.sql("select count(*) from assessment_adjustment where evidence_submission_id is not null")
                .query(Long.class).single());

        login(Role.LEADER);
        open("assessments?period=" + period);
        AssessmentListView list = _get(AssessmentListView.class);
        assertEquals("共1个单位：未评分 0，草稿 0，待审核 1，已审定 0，已通报 0", list.progress.getText());
        _click(list.approve);
        PeriodConfirmDialog approval = _get(PeriodConfirmDialog.class);
        assertEquals("本期共 1 个单位：未评分 0，草稿 0，待审核 1，已审定 0，已通报 0。", approval.progress.getText());
        _click(approval.cancel);
        assertEquals("REVIEW", stored("status"));
        _click(list.approve);
        _click(_get(PeriodConfirmDialog.class).confirm);
        expectNotifications("2023年上半年：1个单位已审定");
        _click(list.publish);
        _click(_get(PeriodConfirmDialog.class).confirm);
        expectNotifications("2023年上半年：1个单位已通报");
        assertEquals("PUBLISHED", stored("status"));

        open("rankings?period=" + period);
        Grid<com.jgdj.dashboard.ranking.RankingRow> ranking = _get(Grid.class);
        assertEquals(1, _size(ranking));
        assertEquals("团市委机关党总支 85 良好 1", _get(ranking, 0).unitName() + " "
                + _get(ranking, 0).total().stripTrailingZeros().toPlainString() + " " + _get(ranking, 0).grade().label()
                + " " + _get(ranking, 0).overallRank());
    }

    @Test
    void opening_the_grading_sheet_reads_the_report_text_once() {
        login(Role.ASSESSOR);
        openCreatingTheScheme();
        List<String> statements = StatementLog.during(() -> open("assessments/" + period + "/" + league));
        // the page's report once; the plan check (上期工作打算) reads it together with the previous period's report in
        // one statement of its own
        long planCheck = StatementLog.count(statements, "seq - 1 from reporting_period");
        assertEquals(1, planCheck, statements.toString());
        assertEquals(1, StatementLog.count(statements, "full_text") - planCheck, statements.toString());
        assertTrue(_get(AssessmentEditorView.class).report.reader != null);
    }

    @Test
    void a_published_assessment_is_read_only_until_corrected_and_the_correction_is_shown() {
        login(Role.ASSESSOR);
        AssessmentEditorView editor = openCreatingTheScheme();
        editor.form.dimensionFields.values().forEach(f -> f.setValue(f.getMax()));
        editor.form.dimensionFields.values().iterator().next().setValue(5.0);
        _click(editor.submit);
        login(Role.LEADER);
        open("assessments?period=" + period);
        _click(_get(AssessmentListView.class).approve);
        _click(_get(PeriodConfirmDialog.class).confirm);
        _click(_get(AssessmentListView.class).publish);
        _click(_get(PeriodConfirmDialog.class).confirm);

        login(Role.ASSESSOR);
        open("assessments/" + period + "/" + league);
        editor = _get(AssessmentEditorView.class);
        assertEquals("已通报", editor.status.getText());
        assertTrue(editor.form.dimensionFields.values().stream().allMatch(NumberField::isReadOnly));
        _click(editor.correct);
        editor.form.dimensionFields.values().iterator().next().setValue(8.0);
        editor.correctionReason.setValue("复核补计政治建设分");
        _click(editor.saveCorrection);
        expectNotifications("已更正：总分 88，良好");
        editor = _get(AssessmentEditorView.class);
        assertEquals("已通报", editor.status.getText());
        assertEquals("1", jdbc.sql("select count(*) from assessment_revision").query(String.class).single());
        assertTrue(_find(Grid.class).size() == 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void approval_over_the_quota_shows_the_candidates_and_takes_the_committees_decision() {
        login(Role.ASSESSOR);
        AssessmentEditorView editor = openCreatingTheScheme();
        editor.form.dimensionFields.values().forEach(f -> f.setValue(f.getMax()));
        _click(editor.submit);
        login(Role.LEADER);
        open("assessments?period=" + period);
        // one unit: 30% of 1 rounds to 0 places for 优秀
        _click(_get(AssessmentListView.class).approve);
        _click(_get(PeriodConfirmDialog.class).confirm);
        QuotaDialog dialog = _get(QuotaDialog.class);
        assertEquals("团市委机关党总支 100 超出名额", dialog.grid.getListDataView().getItems()
                .map(c -> c.unitName() + " " + c.total().stripTrailingZeros().toPlainString() + " " + c.position().label())
                .findFirst().orElseThrow());
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(dialog.grid, 0, "decision"));
        expectNotifications("团市委机关党总支 已调整为良好");
        dialog.close();
        assertEquals("良好 assessor", onlyRow().grade().label() + " " + onlyRow().gradedBy());
        _click(_get(AssessmentListView.class).approve);
        _click(_get(PeriodConfirmDialog.class).confirm);
        expectNotifications("2023年上半年：1个单位已审定");
        assertEquals("GOOD", stored("grade"));
        // the grading page shows the same effective grade as the list and the ranking
        open("assessments/" + period + "/" + league);
        assertEquals("总分 100，等次 良好（因优秀名额调整）  ＝ 指标 100 ＋ 加分 0 － 扣分 0",
                _get(AssessmentEditorView.class).form.total.getText());
    }

    @Test
    void approval_with_an_ungraded_unit_states_why_it_is_refused_and_cannot_be_confirmed() {
        data.unit("市委办公室机关党委", data.category("综合部门", 1), "机关党委", "李明", true);
        login(Role.ASSESSOR);
        openCreatingTheScheme().form.dimensionFields.values().forEach(f -> f.setValue(f.getMax() - 2));
        _click(_get(AssessmentEditorView.class).submit);
        login(Role.LEADER);
        open("assessments?period=" + period);
        _click(_get(AssessmentListView.class).approve);
        PeriodConfirmDialog dialog = _get(PeriodConfirmDialog.class);
        assertEquals("本期共 2 个单位：未评分 1，草稿 0，待审核 1，已审定 0，已通报 0。", dialog.progress.getText());
        assertEquals("不能审定：还有1个单位未完成评分（未评分 1 个，草稿 0 个），全部单位提交审核后才能审定：优秀名额按本期全部单位计算",
                dialog.refusal.getText());
        org.junit.jupiter.api.Assertions.assertFalse(dialog.confirm.isEnabled());
        _click(dialog.cancel);
        assertEquals("REVIEW", stored("status"));
    }

    private List<Long> schemeRows() {
        return List.of("assessment_scheme", "scheme_dimension", "scheme_item", "scheme_veto").stream()
                .map(t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()).toList();
    }

    @Test
    void opening_the_sheet_of_a_year_without_a_scheme_creates_nothing_only_the_explicit_action_does() {
        // only the default scheme exists: 7 dimensions, its items and vetoes
        List<Long> before = List.of(1L, 7L, 6L, 4L);
        assertEquals(before, schemeRows());
        login(Role.LEADER);
        open("assessments/" + period + "/" + league);
        AssessmentEditorView editor = _get(AssessmentEditorView.class);
        assertEquals(before, schemeRows());
        assertEquals("2023年度尚无考核方案，暂不能评分。请考核人员建立后再查看。",
                _find(Span.class).stream().map(Span::getText)
                        .filter(t -> t.contains("尚无考核方案")).findFirst().orElseThrow());
        org.junit.jupiter.api.Assertions.assertFalse(editor.createScheme.isVisible());

        login(Role.ASSESSOR);
        open("assessments/" + period + "/" + league);
        editor = _get(AssessmentEditorView.class);
        assertEquals(before, schemeRows());
        assertTrue(editor.createScheme.isVisible());
        assertEquals("建立2023年度考核方案", editor.createScheme.getText());
        _click(editor.createScheme);
        expectNotifications("已建立2023年度考核方案");
        assertEquals(List.of(2L, 14L, 12L, 8L), schemeRows());
        assertEquals(7, editor.form.dimensionFields.size());
    }

    @Test
    void a_reporter_cannot_open_the_assessments() {
        login(Role.REPORTER, league);
        try {
            open("assessments");
        } catch (Error denied) {
            // Karibu reports a refused route as MockAccessDeniedException, an Error
        }
        org.junit.jupiter.api.Assertions.assertFalse(UI.getCurrent().getCurrentView() instanceof AssessmentListView);
    }
}
