package com.jgdj.dashboard.base.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JVM killed with SIGKILL leaves its postgres running and holding {@code postmaster.pid}; the next start
 * would then fail. This stops such an orphan, but only after checking that the process really is a postgres
 * serving this very data directory.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration FAST_WAIT = Duration.ofSeconds(30);
    private static final Duration IMMEDIATE_WAIT = Duration.ofSeconds(10);

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
        // SIGTERM would be a "smart" shutdown that waits for every client of the orphan to disconnect (a pool of the
        // crashed run, a psql, a backup) and so would never finish; SIGINT is the "fast" one: it disconnects them,
        // rolls back their transactions and shuts down cleanly. SIGQUIT (immediate, crash recovery on the next
        // start) only if that does not finish either.
        if (!signal(pid, "INT", FAST_WAIT) && !signal(pid, "QUIT", IMMEDIATE_WAIT)) {
            throw new IllegalStateException("""
                    The embedded PostgreSQL of the data directory %s is still running as process %d, left behind by                     an earlier run of the dashboard, and did not stop on a fast shutdown within %d s. Make sure no                     other copy of the dashboard uses this data directory, stop that process (kill %d; if it stays,                     kill -9 %d), then start the dashboard again. The data directory itself is not changed by this."""
                    .formatted(dataDir, pid, FAST_WAIT.toSeconds(), pid, pid));
        }
        Files.deleteIfExists(pidFile);
    }

    /** Sends the signal and waits for the process to end; false when it is still running after the wait. */
    private static boolean signal(long pid, String signal, Duration wait) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
            kill.getInputStream().transferTo(OutputStream.nullOutputStream());
            kill.waitFor();
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isEmpty()) {
                return true;
            }
            process.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned postgres " + pid, e);
        } catch (ExecutionException e) {
            throw new IOException("Could not wait for the orphaned postgres " + pid, e);
        }
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
