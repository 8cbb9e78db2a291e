package com.jgdj.dashboard.base.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A JVM killed with SIGKILL leaves its postgres running and holding {@code postmaster.pid}; the next start
 * would then fail. This stops such an orphan, but only after checking that the process really is a postgres
 * serving this very data directory.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfPresent(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            Files.delete(pidFile);
            return;
        }
        long pid = Long.parseLong(lines.getFirst().trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !isPostgresOf(pid, dataDir)) {
            log.info("Removing stale {} (process {} is gone or is not this cluster's postgres)", pidFile, pid);
            Files.delete(pidFile);
            return;
        }
        log.warn("Stopping orphaned postgres (pid {}) left behind for {} by an earlier run", pid, dataDir);
        // SIGINT-equivalent is not available from Java; SIGTERM asks postgres for a "smart" shutdown.
        process.get().destroy();
        try {
            process.get().onExit().get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IOException("Orphaned postgres (pid " + pid + ") did not stop within 30 s", e);
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean isPostgresOf(long pid, Path dataDir) throws IOException {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        if (!Files.isReadable(cmdline)) {
            return false;
        }
        String command = new String(Files.readAllBytes(cmdline)).replace('\0', ' ');
        return command.contains("postgres") && command.contains(dataDir.toRealPath().toString());
    }
}
