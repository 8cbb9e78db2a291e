package com.jgdj.dashboard.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes every table of the database from one snapshot (a REPEATABLE READ, READ ONLY transaction: concurrent
 * changes of the running application are either wholly in the backup or not at all) with the schema version.
 */
public final class DatabaseBackup {

    private DatabaseBackup() {
    }

    /** @return the manifest written (schema version, tables, row counts) */
    public static Properties write(Connection c, OutputStream target) throws SQLException, IOException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            Properties manifest = new Properties();
            manifest.setProperty("format", BackupArchive.FORMAT);
            // the first query takes the snapshot every later COPY reads
            manifest.setProperty(BackupArchive.SCHEMA_VERSION, SchemaObjects.rows(c, """
                    select id from databasechangelog order by orderexecuted desc limit 1""").getFirst().getFirst());
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("server", SchemaObjects.rows(c, "show server_version").getFirst().getFirst());
            List<String> tables = SchemaObjects.tablesInDependencyOrder(c);
            manifest.setProperty(BackupArchive.TABLES, BackupArchive.join(tables));
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                List<String> columns = SchemaObjects.columns(c, table);
                manifest.setProperty("columns." + table, BackupArchive.join(columns));
                zip.putNextEntry(new ZipEntry(BackupArchive.tableEntry(table)));
                long rows = copy.copyOut("copy public." + table + " (" + String.join(", ", columns) + ") to stdout",
                        unclosable(zip));
                zip.closeEntry();
                manifest.setProperty("rows." + table, Long.toString(rows));
            }
            for (Map.Entry<String, String> sequence : SchemaObjects.sequenceValues(c).entrySet()) {
                manifest.setProperty("sequence." + sequence.getKey(), sequence.getValue());
            }
            zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
            manifest.store(unclosable(zip), "jgdj-dashboard backup");
            zip.closeEntry();
            c.commit();
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
