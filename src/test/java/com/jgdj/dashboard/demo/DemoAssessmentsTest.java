package com.jgdj.dashboard.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo database as it starts (the same context as {@link DemoDataInitializerTest}), assessments included. */
@SpringBootTest(properties = "dashboard.demo=true")
class DemoAssessmentsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoAssessmentInitializer initializer;

    private Map<String, Integer> grades(String period) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        jdbc.query("""
                select a.status || ' ' || a.grade, count(*) from assessment a join reporting_period p on p.id = a.period_id
                where p.year || p.kind = ? group by a.status, a.grade
                order by array_position(array['EXCELLENT', 'GOOD', 'FAIR', 'POOR'], a.grade::text)""",
                rs -> {
                    grades.put(rs.getString(1), rs.getInt(2));
                }, period);
        return grades;
    }

    @Test
    void every_unit_with_a_report_in_the_three_closed_periods_is_graded_and_the_open_period_is_not() {
        assertThat(grades("2023H1")).containsExactly(Map.entry("PUBLISHED EXCELLENT", 11),
                Map.entry("PUBLISHED GOOD", 18), Map.entry("PUBLISHED FAIR", 6), Map.entry("PUBLISHED POOR", 2));
        assertThat(grades("2023ANNUAL")).containsExactly(Map.entry("PUBLISHED EXCELLENT", 11),
                Map.entry("PUBLISHED GOOD", 16), Map.entry("PUBLISHED FAIR", 7), Map.entry("PUBLISHED POOR", 1));
        assertThat(grades("2024H1")).containsExactly(Map.entry("REVIEW EXCELLENT", 11),
                Map.entry("REVIEW GOOD", 15), Map.entry("REVIEW FAIR", 7), Map.entry("REVIEW POOR", 2));
        assertThat(grades("2024ANNUAL")).isEmpty();
        assertThat(count("""
                select count(*) from submission s join reporting_period p on p.id = s.period_id
                where s.latest and s.status <> 'RETURNED' and p.status = 'CLOSED'
                  and not exists (select 1 from assessment a where a.unit_id = s.unit_id and a.period_id = s.period_id)"""))
                .isZero();
    }

    @Test
    void every_assessment_is_scored_on_all_seven_dimensions_and_its_total_matches() {
        assertThat(count("select count(*) from assessment a where (select count(*) from assessment_score s "
                + "where s.assessment_id = a.id) <> 7")).isZero();
        assertThat(count("""
                select count(*) from assessment a where a.id <> (select assessment_id from assessment_revision)
                  and a.total <> (select sum(points) from assessment_score where assessment_id = a.id) + coalesce((
                      select sum(case i.kind when 'BONUS' then least(x.p, i.cap) else -least(x.p, i.cap) end)
                      from (select item_id, sum(points) as p from assessment_adjustment where assessment_id = a.id
                            group by item_id) x join scheme_item i on i.id = x.item_id), 0)""")).isZero();
        assertThat(jdbc.queryForMap("select count(*) as n, count(evidence_submission_id) as e from assessment_adjustment"))
                .isEqualTo(Map.of("n", 106L, "e", 58L));
    }

    @Test
    void excellent_stays_within_thirty_percent_of_each_period_by_moving_the_lowest_candidates_to_good() {
        assertThat(jdbc.queryForList("""
                select p.year || p.kind as period, count(*) as n from assessment a
                join reporting_period p on p.id = a.period_id
                where a.quota_downgraded and a.grade = 'GOOD' group by 1 order by 1""")).containsExactly(
                Map.of("period", "2023ANNUAL", "n", 2L), Map.of("period", "2023H1", "n", 1L),
                Map.of("period", "2024H1", "n", 1L));
        assertThat(count("""
                select count(*) from (select period_id, count(*) filter (where grade = 'EXCELLENT') as excellent,
                                             round(0.3 * count(*)) as allowed
                                      from assessment group by period_id) q where excellent > allowed""")).isZero();
    }

    @Test
    void the_annual_2023_result_has_one_recorded_correction_and_the_first_period_two_held_talks() {
        assertThat(jdbc.queryForMap("""
                select p.year || p.kind as period, r.revised_by, r.total_before, r.total_after, r.changes
                from assessment_revision r join assessment a on a.id = r.assessment_id
                join reporting_period p on p.id = a.period_id""")).isEqualTo(Map.of("period", "2023ANNUAL",
                "revised_by", "assessor", "total_before", new java.math.BigDecimal("82.0"),
                "total_after", new java.math.BigDecimal("83.0"), "changes", "意识形态工作 8 → 9"));
        assertThat(jdbc.queryForList("""
                select i.disqualified, a.grade from interview i join reporting_period p on p.id = i.period_id
                join assessment a on a.unit_id = i.unit_id and a.period_id = i.period_id
                where p.year || p.kind = '2023H1' order by a.total""")).containsExactly(
                Map.of("disqualified", true, "grade", "POOR"), Map.of("disqualified", true, "grade", "POOR"));
    }

    @Test
    void a_second_start_adds_nothing() {
        int before = count("select count(*) from assessment");
        initializer.run(null);
        assertThat(count("select count(*) from assessment")).isEqualTo(before);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
