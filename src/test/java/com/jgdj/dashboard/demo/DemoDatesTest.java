package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo on a day two weeks after a deadline (loaded inside the test's rolled-back transaction). */
@IntegrationTest
class DemoDatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 7, 25);

    @Autowired
    DemoDataLoader demo;
    @Autowired
    DemoAssessmentLoader assessments;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_period_closed_less_than_30_days_ago_is_graded_but_awaits_review_and_nothing_is_dated_later() {
        demo.load(DemoScale.of(12, DemoScale.SINCE_SEEDS), 7, DAY);
        assessments.load(7, DAY);

        assertThat(jdbc.sql("""
                select p.year || p.kind || ' ' || p.status || ' ' || coalesce(string_agg(distinct a.status, ','), '—')
                from reporting_period p left join assessment a on a.period_id = p.id group by p.id order by p.seq""")
                .query(String.class).list()).isEqualTo(List.of(
                "2023H1 CLOSED PUBLISHED", "2023ANNUAL CLOSED PUBLISHED", "2024H1 CLOSED PUBLISHED",
                "2024ANNUAL CLOSED PUBLISHED", "2025H1 CLOSED PUBLISHED", "2025ANNUAL CLOSED PUBLISHED",
                "2026H1 CLOSED REVIEW", "2026ANNUAL OPEN —"));
        // the newest published period (2025年度) has the correction and its talks still to hold
        assertThat(jdbc.sql("""
                select p.year || p.kind from assessment_revision r join assessment a on a.id = r.assessment_id
                join reporting_period p on p.id = a.period_id""").query(String.class).single()).isEqualTo("2025ANNUAL");
        assertThat(jdbc.sql("""
                select distinct p.year || p.kind from interview i join reporting_period p on p.id = i.period_id
                order by 1""").query(String.class).list())
                .isEqualTo(List.of("2023ANNUAL", "2023H1", "2024ANNUAL", "2024H1", "2025H1"));
        assertThat(jdbc.sql("""
                select greatest((select max(submitted_at) from submission), (select max(updated_at) from assessment),
                                (select max(recorded_at) from interview)) < timestamptz '2026-07-25 00:00+08'""")
                .query(Boolean.class).single()).isTrue();
    }
}
