package com.jgdj.dashboard.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedPostgresTest {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void the_persistent_cluster_keeps_its_data_across_a_restart(@TempDir Path dir) throws Exception {
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(dir.resolve("pg").toString(), freePort(), false);
        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties);
             Connection c = first.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (name text)");
            s.execute("insert into kept values ('团市委机关党总支')");
            assertEquals("on", show(s, "fsync"));
            assertEquals("zh-Hans-CN", scalar(s, "select datlocale from pg_database where datname = 'postgres'"));
        }
        assertFalse(Files.exists(dir.resolve("pg/postmaster.pid")), "postgres stopped cleanly");
        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties);
             Connection c = second.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            assertEquals("团市委机关党总支", scalar(s, "select name from kept"));
            assertEquals(properties.port(), second.getPort());
        }
    }

    @Test
    void a_stale_pid_file_of_a_dead_process_is_removed(@TempDir Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        Files.writeString(pidFile, "999999999\n" + dir + "\n");
        OrphanedPostmaster.stopIfPresent(dir);
        assertFalse(Files.exists(pidFile));
    }

    @Test
    void a_pid_file_naming_a_process_that_is_not_this_clusters_postgres_leaves_that_process_alone(@TempDir Path dir)
            throws IOException {
        long self = ProcessHandle.current().pid();
        Files.writeString(dir.resolve("postmaster.pid"), self + "\n" + dir + "\n");
        OrphanedPostmaster.stopIfPresent(dir);
        assertTrue(ProcessHandle.current().isAlive());
        assertFalse(Files.exists(dir.resolve("postmaster.pid")));
    }

    private static String show(Statement s, String setting) throws SQLException {
        return scalar(s, "show " + setting);
    }

    private static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
