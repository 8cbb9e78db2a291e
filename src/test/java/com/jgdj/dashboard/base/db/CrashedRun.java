package com.jgdj.dashboard.base.db;

import java.nio.file.Path;

/**
 * A run of the dashboard's embedded database in its own JVM, for a test to kill with SIGKILL: starts the cluster
 * exactly as the application does, prints {@code READY}, then waits to be killed (its postgres becomes the orphan).
 */
public final class CrashedRun {

    private CrashedRun() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(args[0], Integer.parseInt(args[1]), false);
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        configuration.embeddedDatabase(configuration.embeddedPostgres(properties), properties);
        System.out.println("READY " + Path.of(args[0]));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
