package com.jgdj.dashboard.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Loads a backup into an empty database: the schema is created by this jar's changelog up to the backup's schema
 * version (the application migrates the rest on its next start), then every table is filled in dependency order and
 * the sequences set, all in one transaction.
 */
public final class DatabaseRestore {

    /** Refused input, with the message for the operator. */
    public static final class RestoreRefused extends Exception {
        RestoreRefused(String message) {
            super(message);
        }
    }

    /** Applies the jar's first {@code count} changesets to the connection's database. */
    @FunctionalInterface
    public interface Migrator {
        void migrate(Connection c, int count) throws Exception;
    }

    private DatabaseRestore() {
    }

    /** @return the manifest of the restored backup */
    public static Properties restore(Connection c, Path file, List<String> knownChangesets, Migrator migrator)
            throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Properties manifest = manifest(zip, file);
            String version = manifest.getProperty(BackupArchive.SCHEMA_VERSION);
            int count = knownChangesets.indexOf(version) + 1;
            if (count == 0) {
                throw new RestoreRefused("备份的数据库结构版本 " + version + " 不是本程序所知的版本（本程序最新为 "
                        + knownChangesets.getLast() + "）：请用生成该备份的版本或更新的版本恢复。");
            }
            List<List<String>> tables = SchemaObjects.rows(c, """
                    select relname from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')
                    order by relname""");
            if (!tables.isEmpty()) {
                throw new RestoreRefused("目标数据库不是空的（已有 " + tables.size() + " 张表，如 "
                        + tables.getFirst().getFirst() + "）：只能恢复到新建的空数据库。内置数据库：停止程序，把数据目录移走"
                        + "（不要删除），再执行 restore。");
            }
            migrator.migrate(c, count);
            load(c, zip, manifest);
            return manifest;
        }
    }

    private static Properties manifest(ZipFile zip, Path file) throws IOException, RestoreRefused {
        ZipEntry entry = zip.getEntry(BackupArchive.MANIFEST);
        Properties manifest = new Properties();
        if (entry != null) {
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(in);
            }
        }
        if (!BackupArchive.FORMAT.equals(manifest.getProperty("format"))) {
            throw new RestoreRefused(file + " 不是本程序生成的备份文件。");
        }
        return manifest;
    }

    private static void load(Connection c, ZipFile zip, Properties manifest) throws SQLException, IOException {
        c.setAutoCommit(false);
        try {
            List<String> tables = BackupArchive.list(manifest, BackupArchive.TABLES);
            // the changesets' own rows (the default scheme, indicators) are in the backup too
            for (String table : tables.reversed()) {
                if (!table.equals("audit_log")) {
                    try (PreparedStatement s = c.prepareStatement("delete from public." + table)) {
                        s.executeUpdate();
                    }
                }
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                if (!table.equals("audit_log")) {
                    // rows the database's triggers derived from the tables loaded so far (the missing units of each
                    // period) give way to the backup's own
                    try (PreparedStatement s = c.prepareStatement("delete from public." + table)) {
                        s.executeUpdate();
                    }
                }
                String columns = String.join(", ", BackupArchive.list(manifest, "columns." + table));
                try (InputStream in = zip.getInputStream(zip.getEntry(BackupArchive.tableEntry(table)))) {
                    long rows = copy.copyIn("copy public." + table + " (" + columns + ") from stdin", in);
                    long expected = Long.parseLong(manifest.getProperty("rows." + table));
                    if (rows != expected) {
                        throw new IOException(table + ": " + rows + " rows read, the backup lists " + expected);
                    }
                }
            }
            for (String key : manifest.stringPropertyNames()) {
                if (key.startsWith("sequence.")) {
                    String[] value = manifest.getProperty(key).split(":");
                    try (PreparedStatement s = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                        s.setString(1, "public." + key.substring("sequence.".length()));
                        s.setLong(2, Long.parseLong(value[0]));
                        s.setBoolean(3, Boolean.parseBoolean(value[1]));
                        s.execute();
                    }
                }
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }
}
