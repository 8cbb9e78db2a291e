package com.jgdj.dashboard.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedded cluster of a data directory for command-line tools (backup, restore): the running application's
 * cluster when it is up, else the cluster started here exactly as the application starts it (secured, migrated
 * roles) and stopped again on {@link Access#close()}.
 */
public final class EmbeddedDatabases {

    /** The database and, when started here, the postgres to stop. */
    public record Access(EmbeddedDatabase database, Optional<EmbeddedPostgres> startedHere) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (startedHere.isPresent()) {
                startedHere.get().close();
            }
        }
    }

    private EmbeddedDatabases() {
    }

    public static Access open(Path dataDir, int port) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<EmbeddedCredentials> credentials = EmbeddedCredentials.read(dataDir);
        if (Files.exists(pidFile) && credentials.isPresent()) {
            List<String> lines = Files.readAllLines(pidFile);
            // postmaster.pid: pid, data directory, start time, port, ...
            boolean alive = ProcessHandle.of(Long.parseLong(lines.getFirst().trim())).map(ProcessHandle::isAlive).orElse(false);
            if (alive && lines.size() > 3) {
                return new Access(new EmbeddedDatabase(Integer.parseInt(lines.get(3).trim()), credentials.get()), Optional.empty());
            }
        }
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(dataDir.toString(), port, false);
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        EmbeddedPostgres postgres = configuration.embeddedPostgres(properties);
        try {
            return new Access(configuration.embeddedDatabase(postgres, properties), Optional.of(postgres));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }
}
