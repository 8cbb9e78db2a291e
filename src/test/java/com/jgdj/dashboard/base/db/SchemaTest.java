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
    void liquibase_applies_every_changeset_of_the_changelog_from_scratch_in_order() {
        List<String> ids = jdbc.sql("select id from databasechangelog order by orderexecuted").query(String.class).list();
        assertEquals(42, ids.size());
        assertEquals(Changelog.changesetIds(), ids);
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_name not like 'databasechangelog%' order by table_name""")
                .query(String.class).list();
        assertEquals(List.of("app_setting", "app_user", "assessment", "assessment_adjustment", "assessment_revision",
                "assessment_scheme", "assessment_score", "audit_log", "category", "count_rule", "document_template",
                "indicator", "interview", "org_unit", "period_category_counts", "period_count_median", "period_dimension_points", "period_missing_unit", "period_rank", "period_rule_violation", "period_status_reports", "plan_delivery", "plan_delivery_item", "report_search", "reporting_period",
                "scheme_dimension", "scheme_item", "scheme_veto", "similarity_fingerprint", "similarity_pair",
                "similarity_passage", "submission", "submission_exception", "submission_flag",
                "submission_heading", "submission_indicator_value", "submission_metric", "submission_section"), tables);
    }

    @Test
    void the_assessments_of_a_scheme_are_found_through_an_index() {
        assertEquals("CREATE INDEX assessment_scheme_idx ON public.assessment USING btree (scheme_id)", jdbc.sql(
                "select indexdef from pg_indexes where indexname = 'assessment_scheme_idx'").query(String.class).single());
    }

    /** Every grade and status column accepts only its values (the check of the revision grades came last). */
    @Test
    void every_grade_and_status_column_has_a_check_constraint() {
        List<String> checked = jdbc.sql("""
                select c.conrelid::regclass || '.' || a.attname from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                where c.contype = 'c' and (a.attname like '%grade%' or a.attname like '%status')
                  and c.connamespace = 'public'::regnamespace
                group by 1 order by 1""").query(String.class).list();
        List<String> columns = jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = 'public' and (column_name like '%grade%' or column_name like '%status')
                  and data_type = 'character varying' and table_name not like 'databasechangelog%'
                order by 1""").query(String.class).list();
        assertEquals(List.of("assessment.grade", "assessment.status", "assessment_revision.grade_after",
                "assessment_revision.grade_before", "period_rank.grade", "period_rank.status", "period_status_reports.status", "reporting_period.status",
                "submission.status"), columns);
        assertEquals(columns, checked);
    }

    @Test
    void the_schema_refuses_a_revision_with_an_unknown_grade() {
        long assessment = jdbc.sql("""
                with c as (insert into category (name, sort_order) values ('综合部门', 1) returning id),
                     u as (insert into org_unit (name, category_id, org_type) select '市财政局机关党委', id, '机关党委' from c
                           returning id),
                     p as (insert into reporting_period (year, kind, deadline) values (2024, 'H1', date '2024-07-10')
                           returning id)
                insert into assessment (unit_id, period_id, scheme_id, updated_by)
                select u.id, p.id, (select id from assessment_scheme where year is null), 'test' from u, p
                returning id""").query(Long.class).single();
        String revision = """
                insert into assessment_revision (assessment_id, revised_at, revised_by, reason, total_before,
                    total_after, grade_before, grade_after, changes)
                values (?, now(), 'x', 'x', 80, 81, 'GOOD', ?, 'x')""";
        assertEquals(1, jdbc.sql(revision).params(assessment, "EXCELLENT").update());
        DataIntegrityViolationException e = assertThrows(DataIntegrityViolationException.class,
                () -> jdbc.sql(revision).params(assessment, "BEST").update());
        assertTrue(e.getMessage().contains("assessment_revision_grade_after_ck"), e.getMessage());
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
