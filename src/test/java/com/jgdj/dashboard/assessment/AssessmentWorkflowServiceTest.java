package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
class AssessmentWorkflowServiceTest {

    @Autowired
    AssessmentService scoring;
    @Autowired
    AssessmentWorkflowService workflow;
    @Autowired
    AssessmentCorrectionService corrections;
    @Autowired
    SchemeService schemes;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    AssessmentFixture f;

    @BeforeEach
    void setUp() {
        // 7 units: 30% of 7 = 2.1 → 2 places for 优秀
        f = AssessmentFixture.create(data, schemes, 7);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Saves and submits every unit with these totals; returns the saved assessments. */
    private List<SavedAssessment> scoreAndSubmit(String... totals) {
        List<SavedAssessment> saved = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            SavedAssessment s = scoring.save(f.form(i, f.total(totals[i])));
            long version = workflow.submit(s.id(), s.version());
            saved.add(new SavedAssessment(s.id(), version, s.total(), s.grade()));
        }
        return saved;
    }

    private String status(long id) {
        return jdbc.sql("select status from assessment where id = ?").param(id).query(String.class).single();
    }

    @Test
    void a_draft_goes_to_review_and_back_to_draft() {
        SavedAssessment s = scoring.save(f.form(0, f.total("85")));
        long v = workflow.submit(s.id(), s.version());
        assertEquals("REVIEW", status(s.id()));
        workflow.returnToDraft(s.id(), v);
        assertEquals("DRAFT", status(s.id()));
    }

    @Test
    void an_incomplete_draft_cannot_be_submitted() {
        SavedAssessment s = scoring.save(f.form(0, f.points("20", "15")));
        assertEquals("尚有考核指标未评分，不能提交审核",
                assertThrows(UserInputException.class, () -> workflow.submit(s.id(), s.version())).getMessage());
    }

    @Test
    void illegal_transitions_are_refused_with_the_current_status() {
        SavedAssessment s = scoring.save(f.form(0, f.total("85")));
        assertEquals("只有待审核的考核可以退回草稿（当前为“草稿”）",
                assertThrows(UserInputException.class, () -> workflow.returnToDraft(s.id(), s.version())).getMessage());
        long v = workflow.submit(s.id(), s.version());
        assertEquals("只有草稿可以提交审核（当前为“待审核”）",
                assertThrows(UserInputException.class, () -> workflow.submit(s.id(), v)).getMessage());
        assertEquals("考核已待审核，不能修改；如需修改请先退回草稿", assertThrows(UserInputException.class,
                () -> scoring.save(AssessmentServiceTest.withPoints(
                        scoring.sheet(f.period, f.units[0]).orElseThrow().form(), f.total("80")))).getMessage());
    }

    @Test
    void a_period_with_drafts_cannot_be_approved_and_an_unapproved_one_cannot_be_published() {
        scoreAndSubmit("85", "80");
        scoring.save(f.form(2, f.total("70")));
        assertEquals("有1个单位的考核不是“待审核”状态（如“草稿”），不能审定",
                assertThrows(UserInputException.class, () -> workflow.approve(f.period)).getMessage());
        assertEquals("有3个单位的考核不是“已审定”状态（如“草稿”），不能通报",
                assertThrows(UserInputException.class, () -> workflow.publish(f.period)).getMessage());
    }

    @Test
    void a_period_without_assessments_cannot_be_approved() {
        assertEquals("本报送期还没有考核结果，不能审定",
                assertThrows(UserInputException.class, () -> workflow.approve(f.period)).getMessage());
    }

    @Test
    void approval_over_the_quota_is_refused_with_the_candidates_and_the_tie_marked() {
        scoreAndSubmit("95", "92", "92", "85", "80", "70", "60");
        QuotaExceededException e = assertThrows(QuotaExceededException.class, () -> workflow.approve(f.period));
        assertEquals("优秀等次超出名额，不能审定：全部单位7个单位限2个优秀，现有3个符合条件；"
                + "请对并列或超出名额的单位作出决定（调整为良好）后再审定。", e.getMessage());
        assertEquals(List.of("单位01 95 #1 名额内", "单位02 92 #2 并列待定", "单位03 92 #2 并列待定"),
                e.check().candidatesOfExceededGroups().stream().map(c -> c.unitName() + " "
                        + Points.format(c.total()) + " #" + c.rank() + " " + c.position().label()).toList());
        assertEquals(List.of("REVIEW"), jdbc.sql("select distinct status from assessment").query(String.class).list());
    }

    @Test
    void after_the_committee_decides_a_tie_the_period_is_approved_and_then_published() {
        List<SavedAssessment> s = scoreAndSubmit("95", "92", "92", "85", "80", "70", "60");
        AssessmentFixture.signIn(Role.LEADER);
        workflow.setQuotaDowngraded(s.get(2).id(), s.get(2).version(), true);
        assertEquals("GOOD", jdbc.sql("select grade from assessment where id = ?").param(s.get(2).id())
                .query(String.class).single());
        assertEquals(7, workflow.approve(f.period));
        assertEquals(new PeriodProgress(7, 0, 0, 0, 7, 0), workflow.progress(f.period));
        assertEquals(7, workflow.publish(f.period));
        assertEquals(new PeriodProgress(7, 0, 0, 0, 0, 7), workflow.progress(f.period));
        assertEquals(AssessmentStatus.PUBLISHED, workflow.progress(f.period).overall());
    }

    @Test
    void an_approval_can_be_revoked_before_publication() {
        scoreAndSubmit("85", "80");
        workflow.approve(f.period);
        workflow.revokeApproval(f.period);
        assertEquals(new PeriodProgress(7, 5, 0, 2, 0, 0), workflow.progress(f.period));
    }

    @Test
    void only_leaders_and_administrators_approve_and_publish() {
        scoreAndSubmit("85");
        AssessmentFixture.signIn(Role.ASSESSOR);
        assertThrows(AccessDeniedException.class, () -> workflow.approve(f.period));
        assertThrows(AccessDeniedException.class, () -> workflow.publish(f.period));
    }

    @Test
    void published_results_are_read_only_and_change_only_by_a_recorded_correction() {
        scoreAndSubmit("85", "80");
        workflow.approve(f.period);
        workflow.publish(f.period);
        AssessmentFixture.signInAs("张评", Role.ASSESSOR);
        ScoreForm published = scoring.sheet(f.period, f.units[0]).orElseThrow().form();
        assertEquals("考核结果已通报，只能通过“更正”修改", assertThrows(UserInputException.class,
                () -> scoring.save(AssessmentServiceTest.withPoints(published, f.total("91")))).getMessage());
        assertEquals(false, scoring.sheet(f.period, f.units[0]).orElseThrow().editable());

        assertEquals("请填写更正理由", assertThrows(UserInputException.class,
                () -> corrections.correct(AssessmentServiceTest.withPoints(published, f.total("91")), " ")).getMessage());
        SavedAssessment corrected = corrections.correct(
                AssessmentServiceTest.withPoints(published, f.total("91")), "复核发现政治建设漏计表彰材料");
        assertEquals(Grade.EXCELLENT, corrected.grade());
        RevisionRow r = corrections.revisions(corrected.id()).getFirst();
        assertEquals("张评|复核发现政治建设漏计表彰材料|85|良好|91|优秀|政治建设 5 → 11", r.revisedBy() + "|" + r.reason() + "|"
                + Points.format(r.totalBefore()) + "|" + r.gradeBefore().label() + "|" + Points.format(r.totalAfter())
                + "|" + r.gradeAfter().label() + "|" + r.changes());
        assertEquals("PUBLISHED", status(corrected.id()));
        assertEquals(1, scoring.sheet(f.period, f.units[0]).orElseThrow().revisions().size());
    }

    @Test
    void a_correction_needs_a_published_result_a_current_version_and_a_change() {
        SavedAssessment s = scoreAndSubmit("85").getFirst();
        ScoreForm inReview = scoring.sheet(f.period, f.units[0]).orElseThrow().form();
        assertEquals("只有已通报的考核结果需要更正；未通报的请直接修改", assertThrows(UserInputException.class,
                () -> corrections.correct(inReview, "更正")).getMessage());
        workflow.approve(f.period);
        workflow.publish(f.period);
        ScoreForm published = scoring.sheet(f.period, f.units[0]).orElseThrow().form();
        assertEquals("没有任何修改，无需更正", assertThrows(UserInputException.class,
                () -> corrections.correct(published, "核对")).getMessage());
        corrections.correct(AssessmentServiceTest.withPoints(published, f.total("86")), "第一次更正");
        assertThrows(ConcurrentEditException.class,
                () -> corrections.correct(AssessmentServiceTest.withPoints(published, f.total("87")), "第二次更正"));
        assertEquals(new BigDecimal("86"), scoring.sheet(f.period, f.units[0]).orElseThrow().total()
                .stripTrailingZeros());
        assertEquals(s.id(), published.id());
    }
}
