package com.jgdj.dashboard.assessment.grading;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotaCalculatorTest {

    static QuotaRule rule(String share, Rounding rounding) {
        return new QuotaRule(new BigDecimal(share), rounding, false);
    }

    /** Units named U1…Un with the given totals, graded by the default thresholds, in category 综合部门. */
    static List<QuotaEntry> units(String... totals) {
        List<QuotaEntry> entries = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            BigDecimal total = new BigDecimal(totals[i]);
            entries.add(new QuotaEntry(i + 1, "U" + (i + 1), "综合部门", total, Thresholds.DEFAULT.gradeOf(total)));
        }
        return entries;
    }

    static List<String> describe(QuotaGroup group) {
        return group.candidates().stream()
                .map(c -> c.unitName() + " " + c.total().toPlainString() + " #" + c.rank() + " " + c.position().label())
                .toList();
    }

    @Test
    void the_allowed_count_follows_the_rounding_rule() {
        // 7 × 50% = 3.5, 13 × 30% = 3.9, 40 × 30% = 12, 13 × 25% = 3.25, 10 × 25% = 2.5
        assertEquals(4, rule("0.5", Rounding.HALF_UP).allowed(7));
        assertEquals(3, rule("0.5", Rounding.DOWN).allowed(7));
        assertEquals(4, rule("0.3", Rounding.HALF_UP).allowed(13));
        assertEquals(3, rule("0.3", Rounding.DOWN).allowed(13));
        assertEquals(12, rule("0.3", Rounding.HALF_UP).allowed(40));
        assertEquals(12, rule("0.3", Rounding.UP).allowed(40));
        assertEquals(3, rule("0.25", Rounding.HALF_UP).allowed(13));
        assertEquals(4, rule("0.25", Rounding.UP).allowed(13));
        assertEquals(3, rule("0.25", Rounding.HALF_UP).allowed(10));
        assertEquals(0, rule("0", Rounding.UP).allowed(40));
    }

    @Test
    void seven_units_with_a_tie_at_the_cut_off_mark_the_tied_candidates_for_a_decision() {
        // 7 × 30% = 2.1 → 2 places; 95, 92, 92 qualify: the two at 92 tie for the second place
        QuotaCheck check = QuotaCalculator.check(rule("0.3", Rounding.HALF_UP),
                units("95", "92", "88", "92", "70", "59.5", "81"));
        QuotaGroup g = check.groups().getFirst();
        assertEquals(7, g.units());
        assertEquals(2, g.allowed());
        assertTrue(check.exceeded());
        assertEquals(List.of("U1 95 #1 名额内", "U2 92 #2 并列待定", "U4 92 #2 并列待定"), describe(g));
    }

    @Test
    void seven_units_at_half_rounding_up_fit_four_excellent() {
        // 7 × 50% = 3.5 → 4 places (四舍五入); with 去尾 only 3, and the fourth is outside
        List<QuotaEntry> entries = units("95", "93", "91", "90", "89.5", "70", "60");
        assertFalse(QuotaCalculator.check(rule("0.5", Rounding.HALF_UP), entries).exceeded());
        QuotaCheck down = QuotaCalculator.check(rule("0.5", Rounding.DOWN), entries);
        assertTrue(down.exceeded());
        assertEquals(List.of("U1 95 #1 名额内", "U2 93 #2 名额内", "U3 91 #3 名额内", "U4 90 #4 超出名额"),
                describe(down.groups().getFirst()));
    }

    @Test
    void thirteen_units_round_three_point_nine_up_to_four_places() {
        List<QuotaEntry> entries = units("99", "97", "96", "94", "93", "90", "89", "85", "80", "75", "66", "61", "50");
        QuotaGroup g = QuotaCalculator.check(rule("0.3", Rounding.HALF_UP), entries).groups().getFirst();
        assertEquals(13, g.units());
        assertEquals(4, g.allowed());
        assertEquals(List.of("U1 99 #1 名额内", "U2 97 #2 名额内", "U3 96 #3 名额内", "U4 94 #4 名额内",
                "U5 93 #5 超出名额", "U6 90 #6 超出名额"), describe(g));
    }

    @Test
    void thirteen_units_with_a_three_way_tie_across_the_cut_off() {
        // 13 × 25% = 3.25 → 3 places: 98 inside, then 91 three times for the last two places
        List<QuotaEntry> entries = units("98", "91", "91", "91", "90", "85", "80", "80", "70", "66", "61", "55", "40");
        QuotaGroup g = QuotaCalculator.check(rule("0.25", Rounding.HALF_UP), entries).groups().getFirst();
        assertEquals(3, g.allowed());
        assertEquals(List.of("U1 98 #1 名额内", "U2 91 #2 并列待定", "U3 91 #2 并列待定", "U4 91 #2 并列待定",
                "U5 90 #5 超出名额"), describe(g));
    }

    @Test
    void a_tie_just_below_the_quota_is_no_conflict() {
        // 4 places, 3 qualify at the same total: everyone fits
        QuotaGroup g = QuotaCalculator.check(rule("0.3", Rounding.HALF_UP),
                units("92", "92", "92", "80", "80", "80", "80", "80", "80", "80", "80", "80", "80")).groups().getFirst();
        assertFalse(g.exceeded());
        assertEquals(List.of("U1 92 #1 名额内", "U2 92 #1 名额内", "U3 92 #1 名额内"), describe(g));
    }

    @Test
    void forty_units_overall_allow_twelve() {
        String[] totals = new String[40];
        for (int i = 0; i < 40; i++) {
            totals[i] = Integer.toString(100 - i);   // 100 … 61: eleven of them ≥ 90
        }
        QuotaCheck check = QuotaCalculator.check(rule("0.3", Rounding.HALF_UP), units(totals));
        QuotaGroup g = check.groups().getFirst();
        assertEquals(QuotaCheck.OVERALL, g.name());
        assertEquals(12, g.allowed());
        assertEquals(11, g.candidates().size());
        assertFalse(check.exceeded());
    }

    @Test
    void forty_units_per_category_give_each_category_its_own_places() {
        // 综合部门 13 units (3.9 → 4), 经济部门 17 (5.1 → 5), 群团组织 10 (3); 经济部门 has 6 at 95, the rest 85
        List<QuotaEntry> entries = new ArrayList<>();
        int id = 1;
        for (int i = 0; i < 13; i++, id++) {
            entries.add(entry(id, "综合部门", i < 4 ? "93" : "80"));
        }
        for (int i = 0; i < 17; i++, id++) {
            entries.add(entry(id, "经济部门", i < 6 ? "95" : "85"));
        }
        for (int i = 0; i < 10; i++, id++) {
            entries.add(entry(id, "群团组织", i < 1 ? "90" : "70"));
        }
        QuotaCheck check = QuotaCalculator.check(new QuotaRule(new BigDecimal("0.3"), Rounding.HALF_UP, true), entries);
        assertEquals(List.of("综合部门 13/4 exceeded=false", "经济部门 17/5 exceeded=true", "群团组织 10/3 exceeded=false"),
                check.groups().stream().sorted((a, b) -> order(a.name()) - order(b.name()))
                        .map(g -> g.name() + " " + g.units() + "/" + g.allowed() + " exceeded=" + g.exceeded()).toList());
        // all six 经济部门 candidates tie at 95 for five places
        List<QuotaCandidate> tied = check.candidatesOfExceededGroups();
        assertEquals(6, tied.size());
        assertTrue(tied.stream().allMatch(c -> c.position() == QuotaCandidate.Position.TIE && c.rank() == 1));
    }

    private static int order(String category) {
        return List.of("综合部门", "经济部门", "群团组织").indexOf(category);
    }

    private static QuotaEntry entry(int id, String category, String total) {
        BigDecimal t = new BigDecimal(total);
        return new QuotaEntry(id, String.format("U%02d", id), category, t, Thresholds.DEFAULT.gradeOf(t));
    }

    @Test
    void vetoed_units_are_no_candidates_because_their_grade_is_no_longer_excellent() {
        List<QuotaEntry> entries = new ArrayList<>(units("95", "94", "70", "70", "70", "70", "70"));
        entries.set(0, new QuotaEntry(1, "U1", "综合部门", new BigDecimal("95"), Grade.GOOD));
        QuotaGroup g = QuotaCalculator.check(rule("0.2", Rounding.HALF_UP), entries).groups().getFirst();
        assertEquals(1, g.allowed());
        assertEquals(List.of("U2 94 #1 名额内"), describe(g));
    }

    @Test
    void places_from_counts_group_like_the_check_and_apply_to_a_category_as_the_scope_says() {
        Map<String, Integer> graded = Map.of("党群部门", 13, "政法部门", 12, "经济部门", 12);
        QuotaPlaces overall = QuotaCalculator.places(rule("0.15", Rounding.DOWN), graded);
        assertEquals(Map.of(QuotaCheck.OVERALL, 5), overall.byGroup());
        assertEquals(5, overall.allowed());
        assertEquals(5, overall.allowedFor("政法部门"));
        QuotaPlaces perCategory = QuotaCalculator.places(
                new QuotaRule(new BigDecimal("0.15"), Rounding.DOWN, true), graded);
        assertEquals(Map.of("党群部门", 1, "政法部门", 1, "经济部门", 1), perCategory.byGroup());
        assertEquals(3, perCategory.allowed());
        assertEquals(1, perCategory.allowedFor("政法部门"));
        assertEquals(0, perCategory.allowedFor("没有评分的类别"));
    }
}
