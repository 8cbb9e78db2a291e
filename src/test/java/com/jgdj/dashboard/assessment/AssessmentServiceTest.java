package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
class AssessmentServiceTest {

    @Autowired
    AssessmentService service;
    @Autowired
    SchemeService schemes;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    AssessmentFixture f;

    @BeforeEach
    void setUp() {
        f = AssessmentFixture.create(data, schemes, 3);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_years_scheme_is_copied_from_the_default_with_dimensions_summing_to_one_hundred() {
        assertEquals(2023, f.scheme.year());
        assertEquals(List.of("政治建设 20", "思想建设与理论学习 15", "组织建设 20", "作风建设 10", "纪律建设与党风廉政 15",
                        "意识形态工作 10", "党建与业务融合 10"),
                f.scheme.rules().dimensions().stream().map(d -> d.name() + " " + Points.format(d.maxPoints())).toList());
        assertEquals(new BigDecimal("90.0"), f.scheme.settings().thresholds().excellent());
        assertEquals(f.scheme.id(), schemes.createForYear(2023).id());
    }

    @Test
    void saving_stores_points_adjustments_with_evidence_and_the_computed_total_and_grade() {
        long submission = jdbc.sql("select id from submission where unit_id = ?").param(f.units[0])
                .query(Long.class).single();
        ScoreForm form = new ScoreForm(null, null, UnitId.of(f.units[0]), PeriodId.of(f.period),
                f.points("18.5", "14", "18", "9", "14", "9", "9"),
                List.of(new AdjustmentLine(f.item("获市级以上党建工作表彰"), new BigDecimal("2"), "获市级先进基层党组织", null),
                        new AdjustmentLine(f.item("逾期报送工作汇报"), new BigDecimal("1"), "逾期3天报送",
                                new Evidence(submission, 8, 15, "开展中心组学习", EvidenceKind.SENTENCE))),
                null, new BigDecimal("95"), "基础扎实");
        SavedAssessment saved = service.save(form);
        assertEquals(new BigDecimal("92.5"), saved.total());
        assertEquals(Grade.EXCELLENT, saved.grade());

        AssessmentSheet sheet = service.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow();
        assertEquals(AssessmentStatus.DRAFT, sheet.status());
        assertEquals(submission, sheet.submissionId());
        assertEquals(new BigDecimal("18.5"), sheet.form().points().get(f.scheme.rules().dimensions().getFirst().id()));
        assertEquals(new Evidence(submission, 8, 15, "开展中心组学习", EvidenceKind.SENTENCE),
                sheet.form().adjustments().get(1).evidence());
        assertEquals("基础扎实", sheet.form().comment());
        assertEquals("95", Points.format(sheet.form().selfScore()));
    }

    @Test
    void points_outside_the_maximum_or_not_in_half_points_are_refused_and_nothing_is_stored() {
        UserInputException e = assertThrows(UserInputException.class, () -> service.save(
                f.form(0, f.points("21", "14.3", "18", "9", "14", "9", "9"))));
        assertEquals("政治建设的得分应在0至20分之间；思想建设与理论学习的得分只能精确到0.5分", e.getMessage());
        assertEquals(0, jdbc.sql("select count(*) from assessment").query(Long.class).single());
    }

    @Test
    void an_inactive_unit_without_an_assessment_cannot_be_scored() {
        jdbc.sql("update org_unit set active = false where id = ?").param(f.units[2]).update();
        assertEquals("该单位不存在或已停用",
                assertThrows(UserInputException.class, () -> service.save(f.form(2, f.total("80")))).getMessage());
    }

    @Test
    void an_adjustment_needs_a_reason() {
        ScoreForm form = new ScoreForm(null, null, UnitId.of(f.units[0]), PeriodId.of(f.period), f.total("90"),
                List.of(new AdjustmentLine(f.item("逾期报送工作汇报"), BigDecimal.ONE, " ", null)), null, null, null);
        assertEquals("每项加分、扣分都要填写理由",
                assertThrows(UserInputException.class, () -> service.save(form)).getMessage());
    }

    @Test
    void a_veto_caps_the_stored_grade() {
        ScoreForm form = new ScoreForm(null, null, UnitId.of(f.units[0]), PeriodId.of(f.period), f.total("96"), List.of(),
                f.veto("年内被上级通报批评"), null, null);
        assertEquals(Grade.GOOD, service.save(form).grade());
    }

    @Test
    void the_second_of_two_concurrent_saves_is_refused_with_the_first_assessors_values() {
        AssessmentFixture.signInAs("张评", Role.ASSESSOR);
        SavedAssessment first = service.save(f.form(0, f.total("85")));
        ScoreForm loadedByBoth = service.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().form();

        service.save(withPoints(loadedByBoth, f.points("18", "15", "20", "10", "15", "10", "10")));
        AssessmentFixture.signInAs("李审", Role.ASSESSOR);
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> service.save(withPoints(loadedByBoth, f.total("70"))));
        // China time whatever the server's zone (the tests run the JVM in UTC, see the pom): the time the other assessor saw on screen
        String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(
                service.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().gradedAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai")));
        assertEquals("该考核已被张评于" + at + "保存，对方的数据为：政治建设 18，思想建设与理论学习 15，组织建设 20，"
                + "作风建设 10，纪律建设与党风廉政 15，意识形态工作 10，党建与业务融合 10，总分 98，优秀。"
                + "您的修改未保存，请重新打开后核对再录入。", conflict.getMessage());
        assertEquals("98", Points.format(service.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().total()));
        assertEquals(first.id(), service.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])).orElseThrow().form().id());
    }

    @Test
    void a_first_save_when_someone_else_already_created_the_assessment_is_a_conflict_too() {
        AssessmentFixture.signInAs("张评", Role.ASSESSOR);
        service.save(f.form(1, f.points("20")));
        AssessmentFixture.signInAs("李审", Role.ASSESSOR);
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> service.save(f.form(1, f.total("88"))));
        assertEquals(true, conflict.getMessage().startsWith("该考核已被张评于"));
        assertEquals(true, conflict.getMessage().contains("政治建设 20，思想建设与理论学习 未评"));
    }

    @Test
    void an_incomplete_sheet_is_saved_with_a_running_total_and_no_grade() {
        SavedAssessment saved = service.save(f.form(2, f.points("20", "15")));
        assertEquals(new BigDecimal("35"), saved.total());
        assertNull(saved.grade());
    }

    @Test
    void leaders_and_reporters_cannot_score() {
        AssessmentFixture.signIn(Role.LEADER);
        assertThrows(AccessDeniedException.class, () -> service.save(f.form(0, f.total("90"))));
        AssessmentFixture.signIn(Role.REPORTER);
        assertThrows(AccessDeniedException.class, () -> service.sheet(PeriodId.of(f.period), UnitId.of(f.units[0])));
    }

    @Test
    void the_list_shows_every_active_unit_with_its_status_score_and_grade() {
        service.save(f.form(0, f.total("91.5")));
        List<AssessmentRow> rows = service.list(new AssessmentFilter(f.period, null, null), 0, 50);
        assertEquals(List.of("单位01 草稿 91.5 优秀", "单位02 null — null", "单位03 null — null"), rows.stream()
                .map(r -> r.unitName() + " " + (r.status() == null ? null : r.status().label()) + " "
                        + Points.format(r.total()) + " " + (r.grade() == null ? null : r.grade().label())).toList());
        assertEquals(1, service.count(new AssessmentFilter(f.period, null, AssessmentStatus.DRAFT)));
    }

    static ScoreForm withPoints(ScoreForm form, java.util.Map<Long, BigDecimal> points) {
        return new ScoreForm(form.id(), form.version(), form.unit(), form.period(), points, form.adjustments(),
                form.vetoId(), form.selfScore(), form.comment());
    }
}
