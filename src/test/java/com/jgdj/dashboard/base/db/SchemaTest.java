package com.jgdj.dashboard.base.db;

import com.jgdj.dashboard.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test cluster starts empty, so what is here was applied from scratch by Liquibase. */
@IntegrationTest
class SchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void liquibase_applies_every_changeset_from_scratch() {
        List<String> ids = jdbc.sql("select id from databasechangelog order by orderexecuted").query(String.class).list();
        assertEquals(List.of("20261122-01", "20261122-02", "20261122-03", "20261122-04", "20261122-05",
                "20261122-06", "20261122-07"), ids.subList(0, 7));
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_name not like 'databasechangelog%' order by table_name""")
                .query(String.class).list();
        assertTrue(tables.containsAll(List.of("app_setting", "app_user", "audit_log", "category", "org_unit",
                "reporting_period", "submission")), tables.toString());
    }

    @Test
    void pg_trgm_produces_trigrams_for_chinese_text() {
        assertEquals(1, jdbc.sql("select count(*) from pg_extension where extname = 'pg_trgm'").query(Long.class).single());
        // with LC_CTYPE=C this would be an empty array
        assertTrue(jdbc.sql("select array_length(show_trgm('中心组学习'), 1)").query(Integer.class).single() > 0);
    }

    @Test
    void chinese_names_sort_by_pinyin() {
        List<String> sorted = jdbc.sql("""
                select n from unnest(array['团市委', '市公安局', '市财政局', '市发展改革委']) n
                order by n collate "zh-x-icu\"""").query(String.class).list();
        assertEquals(List.of("市财政局", "市发展改革委", "市公安局", "团市委"), sorted);
    }

    @Test
    void the_schema_refuses_a_reporter_without_a_unit() {
        assertThrows(DataIntegrityViolationException.class, () -> jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role) values ('x', 'x', 'x', 'REPORTER')""")
                .update());
    }

    @Test
    void the_schema_refuses_an_unknown_period_kind() {
        assertThrows(DataIntegrityViolationException.class, () -> jdbc.sql("""
                insert into reporting_period (year, kind, deadline) values (2024, 'Q3', date '2024-10-10')""").update());
    }
}
