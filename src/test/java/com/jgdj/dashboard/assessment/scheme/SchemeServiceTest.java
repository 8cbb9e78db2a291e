package com.jgdj.dashboard.assessment.scheme;

import com.jgdj.dashboard.assessment.AssessmentService;
import com.jgdj.dashboard.assessment.SavedAssessment;
import com.jgdj.dashboard.assessment.AssessmentWorkflowService;
import com.jgdj.dashboard.assessment.Points;
import com.jgdj.dashboard.assessment.AssessmentFixture;
import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.grading.ItemKind;
import com.jgdj.dashboard.assessment.grading.QuotaRule;
import com.jgdj.dashboard.assessment.grading.Rounding;
import com.jgdj.dashboard.assessment.grading.Thresholds;
import com.jgdj.dashboard.assessment.grading.VetoEffect;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
class SchemeServiceTest {

    @Autowired
    SchemeService schemes;
    @Autowired
    AssessmentService scoring;
    @Autowired
    AssessmentWorkflowService workflow;
    @Autowired
    TestData data;
    @Autowired
    com.jgdj.dashboard.Savepoints savepoints;

    AssessmentFixture f;

    @BeforeEach
    void setUp() {
        f = AssessmentFixture.create(data, schemes, 1);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<DimensionForm> dimensions() {
        return new ArrayList<>(f.scheme.rules().dimensions().stream()
                .map(d -> new DimensionForm(d.id(), d.name(), d.maxPoints(), d.description())).toList());
    }

    @Test
    void dimensions_must_sum_to_one_hundred() {
        List<DimensionForm> dims = dimensions();
        dims.set(0, new DimensionForm(dims.getFirst().id(), "政治建设", new BigDecimal("25"), null));
        assertEquals("各考核指标满分合计应为100分，现为105分", assertThrows(UserInputException.class,
                () -> schemes.saveDimensions(f.scheme.id(), f.scheme.version(), dims)).getMessage());
        dims.set(1, new DimensionForm(dims.get(1).id(), "思想建设与理论学习", new BigDecimal("10"), null));
        schemes.saveDimensions(f.scheme.id(), f.scheme.version(), dims);
        assertEquals("25", Points.format(schemes.details(f.scheme.id()).rules().dimensions().getFirst().maxPoints()));
    }

    private List<String> storedDimensions() {
        return schemes.details(f.scheme.id()).rules().dimensions().stream()
                .map(d -> d.name() + " " + d.maxPoints().stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void two_dimension_names_can_be_swapped_and_a_removed_name_taken_by_a_new_dimension() {
        List<DimensionForm> dims = dimensions();
        DimensionForm politics = dims.get(0);
        DimensionForm organisation = dims.get(2);
        dims.set(0, new DimensionForm(politics.id(), "组织建设", politics.maxPoints(), null));
        dims.set(2, new DimensionForm(organisation.id(), "政治建设", organisation.maxPoints(), null));
        dims.set(6, new DimensionForm(null, "党建与业务融合", new BigDecimal("10"), null));
        schemes.saveDimensions(f.scheme.id(), f.scheme.version(), dims);
        assertEquals(List.of("组织建设 20", "思想建设与理论学习 15", "政治建设 20", "作风建设 10", "纪律建设与党风廉政 15",
                "意识形态工作 10", "党建与业务融合 10"), storedDimensions());
        assertEquals(politics.id(), schemes.details(f.scheme.id()).rules().dimensions().getFirst().id());
    }

    @Test
    void a_duplicate_name_and_a_removed_dimension_in_use_are_refused_each_with_its_own_message() {
        List<String> before = storedDimensions();
        List<DimensionForm> dims = dimensions();
        dims.set(2, new DimensionForm(dims.get(2).id(), "政治建设", dims.get(2).maxPoints(), null));
        assertEquals("考核指标名称重复：政治建设", assertThrows(UserInputException.class,
                () -> schemes.saveDimensions(f.scheme.id(), f.scheme.version(), dims)).getMessage());
        assertEquals(before, storedDimensions());

        scoring.save(f.form(0, f.total("85")));
        List<DimensionForm> fewer = dimensions();
        DimensionForm ideology = fewer.get(5);
        fewer.set(5, new DimensionForm(ideology.id(), ideology.name(), new BigDecimal("20"), null));
        fewer.remove(6);
        assertEquals("已有评分使用了被删除的项目，不能删除", savepoints.refusal(
                () -> { schemes.saveDimensions(f.scheme.id(), f.scheme.version(), fewer); return null; }).getMessage());
        assertEquals(before, storedDimensions());
        assertEquals(f.scheme.version(), schemes.details(f.scheme.id()).version());
    }

    @Test
    void two_administrators_editing_a_scheme_conflict() {
        schemes.saveItems(f.scheme.id(), f.scheme.version(), List.of(
                new ItemForm(null, ItemKind.BONUS, "承办全市党建现场会", new BigDecimal("1"), new BigDecimal("1"))));
        assertThrows(ConcurrentEditException.class, () -> schemes.saveVetoes(f.scheme.id(), f.scheme.version(),
                List.of(new VetoForm(null, "发生重大安全事故", VetoEffect.POOR))));
        assertEquals(List.of("承办全市党建现场会"),
                schemes.details(f.scheme.id()).rules().items().stream().map(i -> i.name()).toList());
    }

    @Test
    void settings_are_validated() {
        SchemeSettings bad = new SchemeSettings(new Thresholds(new BigDecimal("80"), new BigDecimal("85"),
                new BigDecimal("60")), new QuotaRule(new BigDecimal("0.3"), Rounding.HALF_UP, false), BigDecimal.ONE,
                BigDecimal.ZERO);
        assertEquals("等次分数线应为 优秀 > 良好 > 一般 > 0", assertThrows(UserInputException.class,
                () -> schemes.saveSettings(f.scheme.id(), f.scheme.version(), bad)).getMessage());
    }

    @Test
    void a_scheme_used_by_a_published_period_is_frozen_and_can_only_be_copied() {
        SavedAssessment s = scoring.save(f.form(0, f.total("85")));
        workflow.submit(s.id(), s.version());
        workflow.approve(f.period);
        workflow.publish(f.period);
        SchemeDetails frozen = schemes.details(f.scheme.id());
        assertEquals(true, frozen.locked());
        assertEquals("该考核方案已用于已通报的考核结果，不能修改；请复制为新年度方案后修改。", assertThrows(UserInputException.class,
                () -> schemes.saveSettings(frozen.id(), frozen.version(), frozen.settings())).getMessage());
        long copy = schemes.copyToYear(frozen.id(), 2024);
        SchemeDetails copied = schemes.details(copy);
        assertEquals(false, copied.locked());
        assertEquals(2024, copied.year());
        assertEquals(7, copied.rules().dimensions().size());
        assertEquals("2024年度已有考核方案", assertThrows(UserInputException.class,
                () -> schemes.copyToYear(frozen.id(), 2024)).getMessage());
    }

    @Test
    void only_administrators_edit_schemes() {
        AssessmentFixture.signIn(Role.ASSESSOR);
        assertThrows(AccessDeniedException.class, () -> schemes.copyToYear(f.scheme.id(), 2030));
    }
}
