package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    @Autowired
    com.jgdj.dashboard.Savepoints savepoints;

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

    /** Saves and submits the first units with these totals; returns the saved assessments. */
    private List<SavedAssessment> scoreAndSubmit(String... totals) {
        return scoreAndSubmit(0, totals);
    }

    /** Saves and submits units from {@code first} on with these totals. */
    private List<SavedAssessment> scoreAndSubmit(int first, String... totals) {
        List<SavedAssessment> saved = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            SavedAssessment s = scoring.save(f.form(first + i, f.total(totals[i])));
            long version = workflow.submit(s.id(), s.version());
            saved.add(new SavedAssessment(s.id(), version, s.total(), s.grade()));
        }
        return saved;
    }

    /** Every unit graded and submitted, none over the 优秀 quota. */
    private List<SavedAssessment> scoreAllAndSubmit() {
        return scoreAndSubmit("85", "80", "75", "70", "65", "60", "55");
    }

    private List<String> statuses() {
        return jdbc.sql("select status from assessment order by unit_id").query(String.class).list();
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
                        scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().form(), f.total("80")))).getMessage());
    }

    @Test
    void a_period_with_ungraded_units_or_drafts_cannot_be_approved_nor_published() {
        scoreAndSubmit("85", "80");
        scoring.save(f.form(2, f.total("70")));
        assertEquals("还有5个单位未完成评分（未评分 4 个，草稿 1 个），全部单位提交审核后才能审定：优秀名额按本期全部单位计算",
                assertThrows(UserInputException.class, () -> workflow.approve(f.period)).getMessage());
        assertEquals("还有4个单位未评分，不能通报",
                assertThrows(UserInputException.class, () -> workflow.publish(f.period)).getMessage());
        assertEquals(List.of("REVIEW", "REVIEW", "DRAFT"), statuses());
    }

    @Test
    void the_review_states_what_approval_acts_on_and_counts_the_quota_on_all_units() {
        scoreAndSubmit("95", "92", "91", "85");
        PeriodReview review = workflow.review(f.period);
        assertEquals(new PeriodProgress(7, 3, 0, 4, 0, 0), review.progress());
        assertEquals(3, review.ungraded());
        assertEquals("还有3个单位未完成评分（未评分 3 个，草稿 0 个），全部单位提交审核后才能审定：优秀名额按本期全部单位计算",
                review.approvalRefusal());
        assertEquals(Map.of(Grade.EXCELLENT, 3L, Grade.GOOD, 1L), review.grades());

        scoreAndSubmit(4, "80", "70", "60");
        review = workflow.review(f.period);
        assertEquals(null, review.approvalRefusal());
        // 30% of all 7 units = 2 places, 3 qualify
        assertEquals("全部单位 7 2 3 true", review.check().groups().stream().map(g -> g.name() + " " + g.units() + " "
                + g.allowed() + " " + g.candidates().size() + " " + g.exceeded()).collect(Collectors.joining("; ")));
        assertEquals("有7个单位的考核不是“已审定”状态（如“待审核”），不能通报", review.publicationRefusal());
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
        // one effective grade everywhere, and the grader stays the one who entered the scores (the fixture's admin)
        AssessmentRow row = scoring.list(new AssessmentFilter(f.period, "单位03", null), 0, 10).getFirst();
        AssessmentSheet sheet = scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[2])).orElseThrow();
        assertEquals("良好 admin | 良好 admin true", row.grade().label() + " " + row.gradedBy() + " | "
                + sheet.grade().label() + " " + sheet.gradedBy() + " " + sheet.quotaDowngraded());
    }

    @Test
    void an_approval_can_be_revoked_before_publication() {
        scoreAllAndSubmit();
        workflow.approve(f.period);
        workflow.revokeApproval(f.period);
        assertEquals(new PeriodProgress(7, 0, 0, 7, 0, 0), workflow.progress(f.period));
    }

    /**
     * Who does what: assessors grade, submit and correct; leaders review, decide the quota, approve and publish;
     * administrators do all; reporters none of it. "ok" means the role passed the method's security rule (the call
     * may still be refused for the data, which is not what this test is about).
     */
    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_may_do_exactly_what_its_role_allows(Role role) {
        SavedAssessment s = scoreAndSubmit("85").getFirst();
        ScoreForm form = f.form(1, f.total("80"));
        ScoreForm inReview = scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().form();
        SignIn.as(role, role == Role.REPORTER ? f.units[0] : null);
        Map<String, Runnable> actions = new java.util.LinkedHashMap<>();
        actions.put("sheet", () -> scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])));
        actions.put("save", () -> scoring.save(form));
        actions.put("submit", () -> workflow.submit(s.id(), s.version()));
        actions.put("returnToDraft", () -> workflow.returnToDraft(s.id(), s.version() + 100));
        actions.put("correct", () -> corrections.correct(inReview, "理由"));
        actions.put("review", () -> workflow.review(f.period));
        actions.put("decideQuota", () -> workflow.decideQuota(s.id(), true));
        actions.put("setQuotaDowngraded", () -> workflow.setQuotaDowngraded(s.id(), s.version() + 100, true));
        actions.put("approve", () -> workflow.approve(f.period));
        actions.put("revokeApproval", () -> workflow.revokeApproval(f.period));
        actions.put("publish", () -> workflow.publish(f.period));
        String allowed = actions.entrySet().stream().map(a -> {
            try {
                a.getValue().run();
            } catch (AccessDeniedException e) {
                return a.getKey() + " denied";
            } catch (RuntimeException refusedForTheData) {
                // passed the role check
            }
            return a.getKey() + " ok";
        }).collect(Collectors.joining(", "));
        String expected = switch (role) {
            case ADMIN -> "sheet ok, save ok, submit ok, returnToDraft ok, correct ok, review ok, decideQuota ok, "
                    + "setQuotaDowngraded ok, approve ok, revokeApproval ok, publish ok";
            case ASSESSOR -> "sheet ok, save ok, submit ok, returnToDraft ok, correct ok, review denied, "
                    + "decideQuota denied, setQuotaDowngraded denied, approve denied, revokeApproval denied, publish denied";
            case LEADER -> "sheet ok, save denied, submit denied, returnToDraft ok, correct denied, review ok, "
                    + "decideQuota ok, setQuotaDowngraded ok, approve ok, revokeApproval ok, publish ok";
            case REPORTER -> "sheet denied, save denied, submit denied, returnToDraft denied, correct denied, "
                    + "review denied, decideQuota denied, setQuotaDowngraded denied, approve denied, "
                    + "revokeApproval denied, publish denied";
        };
        assertEquals(expected, allowed);
    }

    @Test
    void published_results_are_read_only_and_change_only_by_a_recorded_correction() {
        scoreAllAndSubmit();
        workflow.approve(f.period);
        workflow.publish(f.period);
        AssessmentFixture.signInAs("张评", Role.ASSESSOR);
        ScoreForm published = scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().form();
        assertEquals("考核结果已通报，只能通过“更正”修改", assertThrows(UserInputException.class,
                () -> scoring.save(AssessmentServiceTest.withPoints(published, f.total("91")))).getMessage());
        assertEquals(false, scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().editable());

        assertEquals("请填写更正理由", assertThrows(UserInputException.class,
                () -> corrections.correct(AssessmentServiceTest.withPoints(published, f.total("91")), " ")).getMessage());
        AssessmentCorrectionService.Correction correction = corrections.correct(
                AssessmentServiceTest.withPoints(published, f.total("91")), "复核发现政治建设漏计表彰材料");
        SavedAssessment corrected = correction.saved();
        assertEquals(false, correction.quotaExceeded());
        assertEquals(Grade.EXCELLENT, corrected.grade());
        RevisionRow r = corrections.revisions(corrected.id()).getFirst();
        assertEquals("张评|复核发现政治建设漏计表彰材料|85|良好|91|优秀|政治建设 5 → 11", r.revisedBy() + "|" + r.reason() + "|"
                + Points.format(r.totalBefore()) + "|" + r.gradeBefore().label() + "|" + Points.format(r.totalAfter())
                + "|" + r.gradeAfter().label() + "|" + r.changes());
        assertEquals("PUBLISHED", status(corrected.id()));
        assertEquals(1, scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().revisions().size());
    }

    private String stored(long unit) {
        return jdbc.sql("select status || ' ' || total || ' v' || version from assessment where unit_id = ? and period_id = ?")
                .params(unit, f.period).query(String.class).optional().orElse("none");
    }

    @Test
    void a_refused_submit_stores_nothing_of_the_save_before_it() {
        AssessmentFixture.signIn(Role.ASSESSOR);
        // a first 提交审核 with one dimension unscored: no assessment is created
        assertEquals("尚有考核指标未评分，不能提交审核",
                savepoints.refusal(() -> workflow.saveAndSubmit(f.form(0, f.points("20")))).getMessage());
        assertEquals("none", stored(f.units[0]));
        assertEquals(0L, jdbc.sql("select count(*) from audit_log where action like 'ASSESSMENT%'")
                .query(Long.class).single());

        // on a stored draft: the changed entries are not stored either
        scoring.save(f.form(1, f.total("85")));
        ScoreForm draft = scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[1])).orElseThrow().form();
        assertEquals("尚有考核指标未评分，不能提交审核", savepoints.refusal(
                () -> workflow.saveAndSubmit(AssessmentServiceTest.withPoints(draft, f.points("20")))).getMessage());
        assertEquals("DRAFT 85.0 v0", stored(f.units[1]));

        workflow.saveAndSubmit(AssessmentServiceTest.withPoints(draft, f.total("88")));
        assertEquals("REVIEW 88.0 v2", stored(f.units[1]));
    }

    @Test
    void a_correction_reports_in_its_own_transaction_that_it_takes_the_period_over_the_quota() {
        // two 优秀 of seven units: the quota's 2 places are full
        scoreAndSubmit("95", "94", "85", "80", "75", "70", "65");
        workflow.approve(f.period);
        workflow.publish(f.period);
        long excellent = jdbc.sql("select count(*) from assessment where grade = 'EXCELLENT'").query(Long.class).single();
        int unit = 2;
        ScoreForm published = scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[unit])).orElseThrow().form();
        AssessmentFixture.signIn(Role.ASSESSOR);
        AssessmentCorrectionService.Correction correction = corrections.correct(
                AssessmentServiceTest.withPoints(published, f.total("99")), "复核");
        assertEquals(2L, excellent);
        assertEquals(true, correction.quotaExceeded());
        assertEquals(Grade.EXCELLENT, correction.saved().grade());
        assertEquals("PUBLISHED 99.0 v4", stored(f.units[unit]));
    }

    @Test
    void a_correction_needs_a_published_result_a_current_version_and_a_change() {
        SavedAssessment s = scoreAllAndSubmit().getFirst();
        ScoreForm inReview = scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().form();
        assertEquals("只有已通报的考核结果需要更正；未通报的请直接修改", assertThrows(UserInputException.class,
                () -> corrections.correct(inReview, "更正")).getMessage());
        workflow.approve(f.period);
        workflow.publish(f.period);
        ScoreForm published = scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().form();
        assertEquals("没有任何修改，无需更正", assertThrows(UserInputException.class,
                () -> corrections.correct(published, "核对")).getMessage());
        corrections.correct(AssessmentServiceTest.withPoints(published, f.total("86")), "第一次更正");
        assertThrows(ConcurrentEditException.class,
                () -> corrections.correct(AssessmentServiceTest.withPoints(published, f.total("87")), "第二次更正"));
        assertEquals(new BigDecimal("86"), scoring.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().total()
                .stripTrailingZeros());
        assertEquals(s.id(), published.id());
    }
}
