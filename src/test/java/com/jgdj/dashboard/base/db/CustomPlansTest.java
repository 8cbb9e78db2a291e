package com.jgdj.dashboard.base.db;

import com.jgdj.dashboard.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The app's connections keep custom plans: a statement with an optional filter written as {@code $1 is null or …},
 * executed ten times as a prepared statement, is still planned for its value (no {@code IS NULL} test left in the
 * plan), where PostgreSQL's default mode has switched to the generic plan by then.
 */
@IntegrationTest
class CustomPlansTest {

    private static final String OPTIONAL_FILTER = "prepare optional_period (bigint) as "
            + "select count(*) from submission s where s.latest and ($1 is null or s.period_id = $1)";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pooled_connections_plan_every_execution_for_its_values() {
        assertEquals("force_custom_plan", jdbc.queryForObject("show plan_cache_mode", String.class));
        assertEquals(false, planAfterTenExecutions().contains("IS NULL"));
    }

    @Test
    void the_default_mode_would_have_kept_the_optional_filter_in_a_generic_plan() {
        jdbc.execute("set local plan_cache_mode = auto");
        assertEquals(true, planAfterTenExecutions().contains("($1 IS NULL)"));
    }

    @Test
    void a_configured_init_statement_runs_after_the_setting() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setConnectionInitSql("set statement_timeout = '30s'");
            CustomPlans.apply(pool);
            CustomPlans.apply(pool);
            assertEquals("set plan_cache_mode = force_custom_plan; set statement_timeout = '30s'",
                    pool.getConnectionInitSql());
        }
        try (HikariDataSource pool = new HikariDataSource()) {
            CustomPlans.apply(pool);
            assertEquals("set plan_cache_mode = force_custom_plan", pool.getConnectionInitSql());
        }
    }

    private String planAfterTenExecutions() {
        jdbc.execute(OPTIONAL_FILTER);
        try {
            for (int i = 0; i < 10; i++) {
                jdbc.queryForObject("execute optional_period (null)", Long.class);
            }
            List<String> plan = jdbc.queryForList("explain execute optional_period (null)", String.class);
            return String.join("\n", plan);
        } finally {
            jdbc.execute("deallocate optional_period");
        }
    }
}
