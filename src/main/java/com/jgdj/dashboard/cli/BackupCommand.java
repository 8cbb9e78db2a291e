package com.jgdj.dashboard.cli;

import ch.qos.logback.classic.Level;
import com.jgdj.dashboard.backup.DatabaseBackup;
import com.jgdj.dashboard.backup.DatabaseRestore;
import com.jgdj.dashboard.backup.RestoreTarget;
import com.jgdj.dashboard.base.db.EmbeddedDatabases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code backup FILE} and {@code restore FILE}: the embedded database of {@code dashboard.db.data-dir} (the running
 * application's, or started here), or the external one of {@code SPRING_DATASOURCE_URL} (as the migration role
 * {@code SPRING_LIQUIBASE_USER}, else {@code SPRING_DATASOURCE_USERNAME}).
 */
final class BackupCommand {

    static final String USAGE = "backup FILE | restore FILE  [--data-dir=.data/pg] [--port=54329]";

    private BackupCommand() {
    }

    static int run(String command, List<String> args, PrintStream out, PrintStream err) {
        return run(command, args, System.getenv(), out, err);
    }

    static int run(String command, List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        quietLogging();
        String file = null;
        Path dataDir = Path.of(env.getOrDefault("DASHBOARD_DB_DATA_DIR", ".data/pg"));
        int port = Integer.parseInt(env.getOrDefault("DASHBOARD_DB_PORT", "54329"));
        for (String arg : args) {
            if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring("--port=".length()));
            } else if (file == null && !arg.startsWith("--")) {
                file = arg;
            } else {
                err.println("usage: " + USAGE);
                return 1;
            }
        }
        if (file == null) {
            err.println("usage: " + USAGE);
            return 1;
        }
        String url = env.get("SPRING_DATASOURCE_URL");
        try {
            if (url != null && !url.isBlank()) {
                String user = first(env.get("SPRING_LIQUIBASE_USER"), env.get("SPRING_DATASOURCE_USERNAME"));
                String password = first(env.get("SPRING_LIQUIBASE_PASSWORD"), env.get("SPRING_DATASOURCE_PASSWORD"));
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    return execute(command, c, Path.of(file), out, err);
                }
            }
            try (EmbeddedDatabases.Access access = EmbeddedDatabases.open(dataDir.toAbsolutePath(), port);
                 Connection c = access.database().owner().getConnection()) {
                return execute(command, c, Path.of(file), out, err);
            }
        } catch (Exception e) {
            err.println(command + " 失败：" + e.getMessage());
            return 3;
        }
    }

    static int execute(String command, Connection c, Path file, PrintStream out, PrintStream err) throws Exception {
        if (command.equals("backup")) {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part");
            Properties manifest;
            try (OutputStream target = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                manifest = DatabaseBackup.write(c, target);
            } catch (Exception e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("备份已写入 " + file + "：数据库结构版本 " + manifest.getProperty("schema.version") + "，"
                    + summary(manifest));
            return 0;
        }
        if (!Files.isReadable(file)) {
            err.println("找不到备份文件 " + file);
            return 2;
        }
        Properties manifest;
        try {
            manifest = RestoreTarget.restore(c, file);
        } catch (DatabaseRestore.RestoreRefused e) {
            err.println(e.getMessage());
            return 2;
        }
        out.println("已从 " + file + " 恢复：数据库结构版本 " + manifest.getProperty("schema.version") + "，"
                + summary(manifest) + "。启动程序时会自动升级到本版本的数据库结构。");
        return 0;
    }

    private static String summary(Properties manifest) {
        long rows = manifest.stringPropertyNames().stream().filter(k -> k.startsWith("rows."))
                .mapToLong(k -> Long.parseLong(manifest.getProperty(k))).sum();
        long tables = manifest.stringPropertyNames().stream().filter(k -> k.startsWith("rows.")).count();
        return tables + " 张表，" + rows + " 行";
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static void quietLogging() {
        Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(Level.WARN);
        }
    }
}
