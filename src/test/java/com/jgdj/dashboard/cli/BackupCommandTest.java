package com.jgdj.dashboard.cli;

import com.jgdj.dashboard.FixedClock;
import com.jgdj.dashboard.base.db.EmbeddedDatabase;
import com.jgdj.dashboard.base.db.OwnerCleanup;
import com.jgdj.dashboard.demo.DemoAssessmentLoader;
import com.jgdj.dashboard.demo.DemoDataLoader;
import com.jgdj.dashboard.demo.DemoScale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code backup} of the demo database through the command line, {@code restore} into an empty database, compared table by table. */
@SpringBootTest
class BackupCommandTest {

    private static final long SEED = 20240710L;

    @Autowired
    EmbeddedDatabase database;
    @Autowired
    DemoDataLoader demo;
    @Autowired
    DemoAssessmentLoader assessments;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void emptyDatabase() {
        OwnerCleanup.run(database, owner -> owner.sql("truncate submission, app_user, audit_log, org_unit, "
                + "reporting_period, category, app_setting, assessment restart identity cascade").update());
        JdbcClient.create(database.superuser()).sql("drop database if exists restored").update();
    }

    @Test
    void the_demo_database_round_trips_through_backup_and_restore_table_by_table(@TempDir Path dir) throws Exception {
        demo.load(DemoScale.STANDARD, SEED, FixedClock.DAY);
        assessments.load(SEED, FixedClock.DAY);
        jdbc.sql("insert into audit_log (username, action, entity_type, entity_id, detail) values ('admin', 'BACKUP_TEST', 'org_unit', 1, '改前→改后')")
                .update();
        Path file = dir.resolve("backup.zip");
        Result backup = run("backup", file.toString(), "--data-dir=" + dataDirectory());
        assertEquals(0, backup.exit(), backup.err());
        String version = jdbc.sql("select id from databasechangelog order by orderexecuted desc limit 1").query(String.class).single();
        long tables = jdbc.sql("select count(*) from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' and table_name not like 'databasechangelog%'").query(Long.class).single();
        assertThat(backup.out()).startsWith("备份已写入 " + file + "：数据库结构版本 " + version + "，" + tables + " 张表，");

        JdbcClient.create(database.superuser()).sql("create database restored owner dashboard_owner").update();
        Result restore;
        try (Connection c = restored()) {
            restore = execute("restore", c, file);
        }
        assertEquals(0, restore.exit(), restore.err());

        Map<String, String> original = fingerprint(database.owner().getConnection());
        Map<String, String> copy = fingerprint(restored());
        assertEquals(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' and table_name not like 'databasechangelog%'").query(Long.class).single()
                + 2, (long) original.size()); // every table, the changelog ids and the sequences
        assertThat(original.get("org_unit")).startsWith("40 ");
        assertThat(original.get("assessment")).doesNotStartWith("0 ");
        assertThat(original.get("audit_log")).doesNotStartWith("0 ");
        assertEquals(original, copy);
    }

    @Test
    void a_database_that_is_not_empty_and_a_backup_of_an_unknown_schema_version_are_refused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("backup.zip");
        assertEquals(0, run("backup", file.toString(), "--data-dir=" + dataDirectory()).exit());
        try (Connection c = database.owner().getConnection()) {
            Result refused = execute("restore", c, file);
            assertEquals(2, refused.exit());
            long tables = jdbc.sql("select count(*) from information_schema.tables where table_schema = 'public' "
                    + "and table_type = 'BASE TABLE'").query(Long.class).single();
            assertEquals("目标数据库不是空的（已有 " + tables + " 张表，如 app_setting）：只能恢复到新建的空数据库。内置数据库：停止程序，"
                    + "把数据目录移走（不要删除），再执行 restore。\n", refused.err());
        }
        Path future = dir.resolve("future.zip");
        rewriteVersion(file, future, "29991231-99");
        JdbcClient.create(database.superuser()).sql("create database restored owner dashboard_owner").update();
        try (Connection c = restored()) {
            Result refused = execute("restore", c, future);
            assertEquals(2, refused.exit());
            String latest = jdbc.sql("select id from databasechangelog order by orderexecuted desc limit 1").query(String.class).single();
            assertEquals("备份的数据库结构版本 29991231-99 不是本程序所知的版本（本程序最新为 " + latest
                    + "）：请用生成该备份的版本或更新的版本恢复。\n", refused.err());
            assertEquals(0L, JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true))
                    .sql("select count(*) from pg_class where relnamespace = 'public'::regnamespace").query(Long.class).single());
        }
    }

    /** Row count and md5 of the ordered rows of every table, the changelog's ids and every sequence's value. */
    private static Map<String, String> fingerprint(Connection connection) throws Exception {
        try (Connection c = connection) {
            JdbcClient sql = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true));
            Map<String, String> result = new LinkedHashMap<>();
            for (String table : sql.sql("""
                    select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'
                      and relname not like 'databasechangelog%' order by relname""").query(String.class).list()) {
                result.put(table, sql.sql("select count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))"
                        + " from public." + table + " t").query(String.class).single());
            }
            result.put("databasechangelog", sql.sql("select string_agg(id, ',' order by orderexecuted) from databasechangelog")
                    .query(String.class).single());
            result.put("sequences", sql.sql("""
                    select string_agg(sequencename || '=' || coalesce(last_value::text, '-'), ',' order by sequencename)
                    from pg_sequences where schemaname = 'public'""").query(String.class).single());
            return result;
        }
    }

    private String dataDirectory() {
        return JdbcClient.create(database.superuser()).sql("show data_directory").query(String.class).single();
    }

    private Connection restored() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + database.port() + "/restored",
                "dashboard_owner", database.credentials().ownerPassword());
    }

    private static void rewriteVersion(Path from, Path to, String version) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : List.copyOf(in.stream().toList())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    if (entry.getName().equals("manifest.properties")) {
                        Properties manifest = new Properties();
                        manifest.load(data);
                        manifest.setProperty("schema.version", version);
                        manifest.store(out, null);
                    } else {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, print(out), print(err));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result execute(String command, Connection c, Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            exit = BackupCommand.execute(command, c, file, print(out), print(err));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream print(OutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
