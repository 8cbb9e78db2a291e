package com.jgdj.dashboard.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time spent by the server during the load run, apart from the browsers that share the machine: the server JVM
 * ({@link ProcessHandle.Info#totalCpuDuration()}), the PostgreSQL processes on this machine (the embedded database's
 * backends live as long as their pooled connections), and the whole machine's busy time ({@code /proc/stat}).
 */
record CpuMeter(Duration server, Duration database, Duration busy, long nanos) {

    /** USER_HZ, what {@code /proc/stat} counts in: 100 on every Linux (part of its user-space interface). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    static CpuMeter now(long serverPid) throws IOException {
        Duration server = ProcessHandle.of(serverPid).flatMap(h -> h.info().totalCpuDuration()).orElse(Duration.ZERO);
        Duration database = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
        return new CpuMeter(server, database, machineBusy(), System.nanoTime());
    }

    /** user + nice + system + irq + softirq of every core, from the first line of {@code /proc/stat}. */
    private static Duration machineBusy() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long ticks = Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3])
                + Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]);
        return Duration.ofMillis(ticks * 1000 / CLOCK_TICKS_PER_SECOND);
    }

    /** What was spent from {@code start} to this reading, per step of the run. */
    String since(CpuMeter start, long steps) {
        double wall = (nanos - start.nanos) / 1e9;
        double jvm = seconds(server.minus(start.server));
        double db = seconds(database.minus(start.database));
        double machine = seconds(busy.minus(start.busy));
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format("CPU over %.0f s: server JVM %.1f s, PostgreSQL %.1f s (%.0f ms per step, %d steps);"
                        + " the whole machine %.0f %% busy of %d cores (the rest: the browsers and this run)",
                wall, jvm, db, steps == 0 ? 0 : (jvm + db) * 1000 / steps, steps, machine * 100 / (wall * cores),
                cores);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
