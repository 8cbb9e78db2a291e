package com.jgdj.dashboard.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that starts when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir   persistent data directory (ignored when {@code ephemeral})
 * @param port      fixed port (ignored when {@code ephemeral})
 * @param ephemeral throw-away cluster in a temporary directory on a free port, without fsync (tests)
 */
@ConfigurationProperties("dashboard.db")
public record EmbeddedPostgresProperties(String dataDir, Integer port, boolean ephemeral) {

    public EmbeddedPostgresProperties {
        if (dataDir == null || dataDir.isBlank()) {
            dataDir = ".data/pg";
        }
        if (port == null) {
            port = 54329;
        }
    }
}
