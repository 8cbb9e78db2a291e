package com.jgdj.dashboard.assessment.grading;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradeCalculatorTest {

    // two dimensions of 60 and 40 points; bonus 推广 1 (cap 2), 表彰 2 (cap 3); deduction 逾期 1 (cap 1), 雷同 2 (cap 4)
    static final ScoringRules RULES = new ScoringRules(
            List.of(new Dimension(1, "政治建设", d("60"), null), new Dimension(2, "组织建设", d("40"), null)),
            List.of(new Item(11, ItemKind.BONUS, "经验推广", d("1"), d("2")),
                    new Item(12, ItemKind.BONUS, "获得表彰", d("2"), d("3")),
                    new Item(21, ItemKind.DEDUCTION, "逾期报送", d("1"), d("1")),
                    new Item(22, ItemKind.DEDUCTION, "材料雷同", d("2"), d("4"))),
            List.of(new Veto(31, "严重违纪", VetoEffect.POOR), new Veto(32, "通报批评", VetoEffect.NOT_EXCELLENT)),
            Thresholds.DEFAULT, d("4"));

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static ScoreSheet sheet(String p1, String p2, List<ScoreSheet.Adjustment> adjustments, Long veto) {
        Map<Long, BigDecimal> points = new HashMap<>();
        if (p1 != null) points.put(1L, d(p1));
        if (p2 != null) points.put(2L, d(p2));
        return new ScoreSheet(points, adjustments, veto, false);
    }

    static ScoreSheet.Adjustment adj(long item, String points) {
        return new ScoreSheet.Adjustment(item, d(points));
    }

    static GradeResult grade(ScoreSheet sheet) {
        return GradeCalculator.grade(RULES, sheet);
    }

    @Test
    void the_total_is_the_sum_of_dimensions_plus_bonuses_minus_deductions() {
        GradeResult r = grade(sheet("50.5", "30", List.of(adj(11, "1"), adj(22, "2")), null));
        assertEquals(d("80.5"), r.dimensionTotal());
        assertEquals(d("1"), r.bonus());
        assertEquals(d("2"), r.deduction());
        assertEquals(d("79.5"), r.total());
        assertEquals(Grade.FAIR, r.grade());
    }

    @Test
    void each_item_is_cut_at_its_own_cap() {
        // 经验推广 3 × 1 = 3, capped at 2; 逾期 1 + 1 = 2, capped at 1; 雷同 2 + 2 + 2 = 6, capped at 4
        GradeResult r = grade(sheet("55", "30", List.of(adj(11, "1"), adj(11, "1"), adj(11, "1"),
                adj(21, "1"), adj(21, "1"), adj(22, "2"), adj(22, "2"), adj(22, "2")), null));
        assertEquals(d("2"), r.bonus());
        assertEquals(d("5"), r.deduction());
        assertEquals(d("82"), r.total());
    }

    @Test
    void bonuses_together_are_cut_at_the_schemes_bonus_cap() {
        // 经验推广 2 + 获得表彰 3 = 5, scheme cap 4
        GradeResult r = grade(sheet("55", "30", List.of(adj(11, "2"), adj(12, "3")), null));
        assertEquals(d("4"), r.bonus());
        assertEquals(d("89"), r.total());
    }

    @Test
    void bonuses_may_lift_the_total_above_one_hundred() {
        GradeResult r = grade(sheet("60", "40", List.of(adj(12, "3")), null));
        assertEquals(d("103"), r.total());
        assertEquals(Grade.EXCELLENT, r.grade());
    }

    @Test
    void the_total_never_drops_below_zero() {
        GradeResult r = grade(sheet("1", "0", List.of(adj(22, "4"), adj(21, "1")), null));
        assertEquals(d("0"), r.total());
        assertEquals(Grade.POOR, r.grade());
    }

    @Test
    void eighty_nine_and_a_half_is_good_and_ninety_is_excellent() {
        assertEquals(Grade.GOOD, grade(sheet("59.5", "30", List.of(), null)).grade());
        assertEquals(Grade.EXCELLENT, grade(sheet("60", "30", List.of(), null)).grade());
        assertEquals(Grade.EXCELLENT, grade(sheet("59.5", "30", List.of(adj(11, "0.5")), null)).grade());
    }

    @Test
    void the_other_thresholds_are_inclusive_too() {
        assertEquals(Grade.GOOD, grade(sheet("50", "30", List.of(), null)).grade());
        assertEquals(Grade.FAIR, grade(sheet("49.5", "30", List.of(), null)).grade());
        assertEquals(Grade.FAIR, grade(sheet("30", "30", List.of(), null)).grade());
        assertEquals(Grade.POOR, grade(sheet("29.5", "30", List.of(), null)).grade());
    }

    @Test
    void a_not_excellent_veto_caps_an_excellent_total_at_good_and_leaves_lower_grades() {
        GradeResult r = grade(sheet("60", "38", List.of(), 32L));
        assertEquals(d("98"), r.total());
        assertEquals(Grade.EXCELLENT, r.pointsGrade());
        assertEquals(Grade.GOOD, r.grade());
        assertEquals(Grade.FAIR, grade(sheet("40", "30", List.of(), 32L)).grade());
    }

    @Test
    void a_poor_veto_makes_any_total_poor() {
        GradeResult r = grade(sheet("60", "40", List.of(adj(12, "2")), 31L));
        assertEquals(d("102"), r.total());
        assertEquals(Grade.POOR, r.grade());
    }

    @Test
    void a_quota_downgrade_turns_excellent_into_good_only() {
        assertEquals(Grade.GOOD, GradeCalculator.grade(RULES,
                new ScoreSheet(Map.of(1L, d("60"), 2L, d("35")), List.of(), null, true)).grade());
        assertEquals(Grade.FAIR, GradeCalculator.grade(RULES,
                new ScoreSheet(Map.of(1L, d("40"), 2L, d("35")), List.of(), null, true)).grade());
    }

    @Test
    void an_incomplete_sheet_has_a_running_total_but_no_grade() {
        GradeResult r = grade(sheet("58", null, List.of(), null));
        assertFalse(r.complete());
        assertEquals(d("58"), r.total());
        assertNull(r.grade());
    }

    @Test
    void points_above_the_maximum_negative_or_not_half_points_are_refused() {
        assertEquals(List.of("政治建设的得分应在0至60分之间", "组织建设的得分只能精确到0.5分"),
                GradeCalculator.problems(RULES, sheet("60.5", "30.25", List.of(), null)));
        assertEquals(List.of("政治建设的得分应在0至60分之间"),
                GradeCalculator.problems(RULES, sheet("-1", "30", List.of(), null)));
        assertEquals(List.of("材料雷同的分值应在0.5至4分之间", "经验推广的分值只能精确到0.5分"),
                GradeCalculator.problems(RULES, sheet("60", "30", List.of(adj(22, "4.5"), adj(11, "0.3")), null)));
        assertEquals(List.of("加减分项不属于本考核方案", "否决事项不属于本考核方案"),
                GradeCalculator.problems(RULES, sheet("60", "30", List.of(adj(99, "1")), 99L)));
        assertTrue(GradeCalculator.problems(RULES, sheet("59.5", "0", List.of(adj(11, "0.5")), 31L)).isEmpty());
    }
}
