package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.FixedClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo database as it starts on 2026-12-01 (the same context as {@link DemoDataInitializerTest}), assessments
 * included: every closed period graded and published, the open 2026年度 not graded.
 */
@SpringBootTest(properties = "dashboard.demo=true")
@Import(FixedClock.class)
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
    void every_unit_with_a_report_in_a_closed_period_is_graded_and_published_and_the_open_period_is_not() {
        assertThat(grades("2023H1")).containsExactly(Map.entry("PUBLISHED EXCELLENT", 11),
                Map.entry("PUBLISHED GOOD", 19), Map.entry("PUBLISHED FAIR", 5), Map.entry("PUBLISHED POOR", 2));
        assertThat(grades("2023ANNUAL")).containsExactly(Map.entry("PUBLISHED EXCELLENT", 11),
                Map.entry("PUBLISHED GOOD", 16), Map.entry("PUBLISHED FAIR", 7), Map.entry("PUBLISHED POOR", 1));
        assertThat(grades("2024H1")).containsExactly(Map.entry("PUBLISHED EXCELLENT", 11),
                Map.entry("PUBLISHED GOOD", 15), Map.entry("PUBLISHED FAIR", 7), Map.entry("PUBLISHED POOR", 2));
        assertThat(grades("2024ANNUAL")).containsExactly(Map.entry("PUBLISHED EXCELLENT", 11),
                Map.entry("PUBLISHED GOOD", 22), Map.entry("PUBLISHED FAIR", 2), Map.entry("PUBLISHED POOR", 2));
        assertThat(grades("2025H1")).containsExactly(Map.entry("PUBLISHED EXCELLENT", 10),
                Map.entry("PUBLISHED GOOD", 16), Map.entry("PUBLISHED FAIR", 7), Map.entry("PUBLISHED POOR", 1));
        assertThat(grades("2025ANNUAL")).containsExactly(Map.entry("PUBLISHED EXCELLENT", 11),
                Map.entry("PUBLISHED GOOD", 17), Map.entry("PUBLISHED FAIR", 6), Map.entry("PUBLISHED POOR", 3));
        assertThat(grades("2026H1")).containsExactly(Map.entry("PUBLISHED EXCELLENT", 11),
                Map.entry("PUBLISHED GOOD", 19), Map.entry("PUBLISHED FAIR", 5), Map.entry("PUBLISHED POOR", 3));
        assertThat(grades("2026ANNUAL")).isEmpty();
        assertThat(count("""
                select count(*) from submission s join reporting_period p on p.id = s.period_id
                where s.latest and s.status <> 'RETURNED' and p.status = 'CLOSED'
                  and not exists (select 1 from assessment a where a.unit_id = s.unit_id and a.period_id = s.period_id)"""))
                .isZero();
        // results are published 30 days after the deadline; nothing is dated on or after the demo day
        assertThat(count("""
                select count(*) from assessment a join reporting_period p on p.id = a.period_id
                where a.published_at <> (p.deadline + 30 + time '10:00') at time zone 'Asia/Shanghai'""")).isZero();
        assertThat(jdbc.queryForObject("""
                select greatest((select max(updated_at) from assessment), (select max(revised_at) from assessment_revision),
                                (select max(recorded_at) from interview)) < timestamptz '2026-12-01 00:00+08'""",
                Boolean.class)).isTrue();
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
                .isEqualTo(Map.of("n", 222L, "e", 115L));
    }

    @Test
    void excellent_stays_within_thirty_percent_of_each_period_by_moving_the_lowest_candidates_to_good() {
        assertThat(jdbc.queryForList("""
                select p.year || p.kind as period, count(*) as n from assessment a
                join reporting_period p on p.id = a.period_id
                where a.quota_downgraded and a.grade = 'GOOD' group by 1 order by 1""")).containsExactly(
                Map.of("period", "2023ANNUAL", "n", 2L), Map.of("period", "2023H1", "n", 1L),
                Map.of("period", "2024ANNUAL", "n", 3L), Map.of("period", "2024H1", "n", 1L),
                Map.of("period", "2025ANNUAL", "n", 5L), Map.of("period", "2025H1", "n", 1L),
                Map.of("period", "2026H1", "n", 3L));
        assertThat(count("""
                select count(*) from (select period_id, count(*) filter (where grade = 'EXCELLENT') as excellent,
                                             round(0.3 * count(*)) as allowed
                                      from assessment group by period_id) q where excellent > allowed""")).isZero();
    }

    @Test
    void the_newest_published_period_has_one_recorded_correction_and_the_talks_of_the_older_ones_were_held() {
        assertThat(jdbc.queryForMap("""
                select p.year || p.kind as period, r.revised_by, r.total_before, r.total_after, r.changes
                from assessment_revision r join assessment a on a.id = r.assessment_id
                join reporting_period p on p.id = a.period_id""")).isEqualTo(Map.of("period", "2026H1",
                "revised_by", "assessor", "total_before", new java.math.BigDecimal("83.5"),
                "total_after", new java.math.BigDecimal("84.5"), "changes", "政治建设 15.5 → 16.5"));
        assertThat(jdbc.queryForList("""
                select p.year || p.kind as period, count(*) as talks, count(*) filter (where i.disqualified) as disqualified
                from interview i join reporting_period p on p.id = i.period_id group by p.seq, 1 order by p.seq"""))
                .containsExactly(Map.of("period", "2023H1", "talks", 2L, "disqualified", 2L),
                        Map.of("period", "2023ANNUAL", "talks", 2L, "disqualified", 1L),
                        Map.of("period", "2024H1", "talks", 2L, "disqualified", 2L),
                        Map.of("period", "2024ANNUAL", "talks", 2L, "disqualified", 2L),
                        Map.of("period", "2025H1", "talks", 2L, "disqualified", 1L),
                        Map.of("period", "2025ANNUAL", "talks", 2L, "disqualified", 2L));
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
