package com.jgdj.dashboard.base.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Starts a real PostgreSQL 18 (zonky's binaries) when no external database is configured.
 * With {@code SPRING_DATASOURCE_URL} set this configuration does not exist and Spring Boot's own
 * data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    // Spring closes beans in reverse creation order: the pool (created later) closes before postgres stops.
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) {
        if (!properties.ephemeral()) {
            // its own message: an orphan that will not stop is not a port or namespace problem
            stopOrphan(Path.of(properties.dataDir()).toAbsolutePath());
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    // C.UTF-8 makes pg_trgm produce trigrams for Chinese; ICU zh-Hans-CN sorts names by pinyin.
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("locale-provider", "icu")
                    .setLocaleConfig("icu-locale", "zh-Hans-CN")
                    .setLocaleConfig("encoding", "UTF8");
            if (properties.ephemeral()) {
                builder.setCleanDataDirectory(true);
            } else {
                Path dataDir = Path.of(properties.dataDir()).toAbsolutePath();
                // a secured cluster needs the superuser's password already for zonky's readiness check
                EmbeddedCredentials.read(dataDir).ifPresent(c -> builder.setConnectConfig("password", c.superuserPassword()));
                builder.setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setPort(properties.port())
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} ({})", postgres.getPort(),
                    properties.ephemeral() ? "throw-away cluster" : Path.of(properties.dataDir()).toAbsolutePath());
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("""
                    The embedded PostgreSQL could not start (%s). If this machine blocks unprivileged user \
                    namespaces ("initdb: cannot be run as root"), or the port %d is taken, use an external \
                    PostgreSQL instead: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and \
                    SPRING_DATASOURCE_PASSWORD; or change dashboard.db.port / dashboard.db.data-dir."""
                    .formatted(e.getMessage(), properties.port()), e);
        }
    }

    private static void stopOrphan(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            OrphanedPostmaster.stopIfPresent(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("The data directory " + dataDir + " of the embedded PostgreSQL could not "
                    + "be checked for a postgres left behind by an earlier run: " + e.getMessage(), e);
        }
    }

    /** Passwords, SCRAM and ownership (see {@link ClusterSecurity}); the application's connections wait for it. */
    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
        try {
            Optional<EmbeddedCredentials> known = properties.ephemeral() ? Optional.empty()
                    : EmbeddedCredentials.read(Path.of(properties.dataDir()).toAbsolutePath());
            return new EmbeddedDatabase(postgres.getPort(), ClusterSecurity.secure(postgres, known));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL could not be secured (" + e.getMessage()
                    + "). If its data directory's " + EmbeddedCredentials.FILE + " was removed or edited, restore it "
                    + "from a copy of the data directory.", e);
        }
    }

    /** The application's pool: the app role, which owns nothing and may only read and write rows. */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(DatabaseRoles.APP);
        dataSource.setPassword(database.credentials().appPassword());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    /** Liquibase migrates as the schema's owner (one connection, not pooled). */
    @Bean(defaultCandidate = false)
    @LiquibaseDataSource
    DataSource liquibaseDataSource(EmbeddedDatabase database) {
        return database.owner();
    }
}
