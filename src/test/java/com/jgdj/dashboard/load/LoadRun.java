package com.jgdj.dashboard.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load run (not a test; {@code mvn -Pload test-compile exec:exec}): N people in Chromium at once, each signed in
 * and cycling overview → category filter → a unit from the ranking chart → its report → a search for a bounded
 * time; prints p50/p95 per step, every error (console, page, HTTP ≥ 400, Vaadin error notification, a step that
 * did not complete), the memory one signed-in overview session retains, and the server's heap after the run. Exits 1
 * on any error.
 * <p>
 * Settings (system properties): {@code load.users} (20), {@code load.seconds} (300, counted per user from its
 * sign-in), {@code load.url} (none: start the application in a JVM of its own, {@link LoadApp}, on a throw-away
 * embedded database with the demo data at {@code load.scale}, in development mode from the test class path),
 * {@code load.jar} (instead, the production jar to start the same way: what a node runs, so what session memory is
 * measured on), {@code load.pid} (the process id of the server at
 * {@code load.url}, to measure its heap), {@code load.account} ({@code leader}), {@code load.password}
 * ({@code demo}), {@code load.sessions} (sessions opened for the memory measurement, 20; 0 skips it),
 * {@code load.heap} (the started server's -Xmx, 1g), {@code load.timeout} (seconds a step may take before it counts
 * as an error, 60), {@code load.think} (milliseconds a user pauses after each step, as a person reading the page,
 * 20000; 0 for none), {@code load.rampup} (milliseconds between two users' starts, 3000), {@code load.chromium}
 * (Debian's headless shell when installed, else its Chromium), {@code load.dump} (a file to keep the server's heap
 * dump in, for reading what a session holds; none).
 * Each user drives a headless Chromium of its own from its own thread (Playwright belongs to one thread); on a small
 * machine the browsers compete with the server for the same cores, so the run also prints the CPU time the server and
 * its database spent ({@link CpuMeter}) beside the machine's.
 * <p>
 * Session memory: after a warm-up session has visited every page once, {@code load.sessions} people sign in,
 * landing on the overview (one page load; their browser contexts stay open on it), and the heap each HTTP session
 * retains is read from a heap dump of the server ({@link SessionHeap}: retained sizes, exact); the median is the
 * figure.
 */
public final class LoadRun {

    /** Debian's old headless shell (package chromium-headless-shell): no browser window, a fraction of the work. */
    private static final Path HEADLESS_SHELL = Paths.get("/usr/bin/chromium-headless-shell");

    private LoadRun() {
    }

    /** A setting, or null when unset or blank (Maven passes every setting of the profile, empty when not given). */
    private static String setting(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? null : value;
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("load.users", 20);
        int seconds = Integer.getInteger("load.seconds", 300);
        int sessions = Integer.getInteger("load.sessions", 20);
        String account = System.getProperty("load.account", "leader");
        String password = System.getProperty("load.password", "demo");
        Path chromium = Paths.get(Optional.ofNullable(setting("load.chromium"))
                .orElse(Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL.toString() : "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            System.err.println("Chromium not found at " + chromium
                    + " (apt-get install -y chromium-headless-shell fonts-noto-cjk, or -Dload.chromium=PATH)");
            System.exit(2);
        }
        String url = System.getProperty("load.url", "");
        ServerJvm server;
        if (url.isBlank()) {
            long start = System.nanoTime();
            String scale = System.getProperty("load.scale", "standard");
            System.out.println("starting the application with the demo data (" + scale + ") ...");
            String jar = System.getProperty("load.jar", "");
            server = jar.isBlank() ? ServerJvm.start(System.getProperty("load.heap", "1g"), scale)
                    : ServerJvm.startJar(Paths.get(jar), System.getProperty("load.heap", "1g"), scale);
            System.out.printf("application up at %s in %d s%n", server.url(), (System.nanoTime() - start) / 1_000_000_000);
        } else {
            server = ServerJvm.external(url.replaceFirst("/$", ""), Long.getLong("load.pid", 0));
        }
        int exit;
        try (server) {
            exit = run(server, users, seconds, sessions, account, password, chromium);
        }
        System.exit(exit);
    }

    private static int run(ServerJvm server, int users, int seconds, int sessions, String account, String password,
                           Path chromium) throws Exception {
        String base = server.url();
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        try (Playwright playwright = Playwright.create()) {
            Browser browser = BrowserUser.launch(playwright, chromium);
            // warm-up: every page once (classes, caches, the database's buffers)
            StepTimes warmTimes = new StepTimes(BrowserUser.STEPS);
            try (BrowserUser warm = new BrowserUser(browser, base, account, password, errors, "warm-up")) {
                warm.signIn(warmTimes);
                warm.cycle(warmTimes);
            }
            if (server.measurable() && sessions > 0) {
                measureSessions(server, browser, base, account, password, sessions, errors);
            }
        }
        StepTimes times = new StepTimes(BrowserUser.STEPS);
        long[] cycles = new long[users];
        long think = Long.getLong("load.think", 20_000);
        long rampup = Long.getLong("load.rampup", 3000);
        System.out.printf("%d users for %d s each against %s as %s, pausing %d ms after each step, starting %d ms"
                + " apart ...%n", users, seconds, base, account, think, rampup);
        CpuMeter cpuAtStart = server.measurable() ? CpuMeter.now(server.pid()) : null;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            int n = i;
            running.add(pool.submit(() -> {
                try {
                    Thread.sleep(n * rampup);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                try (Playwright playwright = Playwright.create()) {
                    Browser browser = BrowserUser.launch(playwright, chromium);
                    try (BrowserUser user = new BrowserUser(browser, base, account, password, errors, "user" + n)
                            .thinking(think)) {
                        user.signIn(times);
                        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
                        while (System.nanoTime() < end) {
                            user.cycle(times);
                            cycles[n]++;
                        }
                    }
                } catch (RuntimeException e) {
                    errors.add("user" + n + " " + e);
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        long total = 0;
        for (long c : cycles) {
            total += c;
        }
        System.out.printf("%n%d users, %d s each, %d cycles (%.1f per user)%n", users, seconds, total, (double) total / users);
        System.out.print(times.table());
        if (cpuAtStart != null) {
            System.out.println(CpuMeter.now(server.pid()).since(cpuAtStart, times.count()));
        }
        if (server.measurable()) {
            System.out.printf("server heap after the run: %s live after a full GC%n", mb(server.histogram().get(ServerJvm.TOTAL)));
        } else {
            System.out.println("server heap after the run: not measured (give -Dload.pid=<pid> of the server on this machine)");
        }
        System.out.println("errors: " + errors.size());
        errors.stream().limit(50).forEach(e -> System.out.println("  " + e));
        return errors.isEmpty() ? 0 : 1;
    }

    /**
     * The server heap one signed-in session on the overview retains: {@code sessions} people sign in (landing on the
     * overview; their browser contexts stay open), then each HTTP session's retained size ({@link SessionHeap}).
     */
    private static void measureSessions(ServerJvm server, Browser browser, String base, String account, String password,
                                        int sessions, Queue<String> errors) throws Exception {
        List<BrowserUser> open = new ArrayList<>();
        openSessions(browser, base, account, password, sessions, errors, open);
        long[] retained = SessionHeap.retainedPerSession(server.pid(),
                setting("load.dump") == null ? null : Path.of(setting("load.dump")));
        System.out.printf("session memory: %d HTTP sessions in the server (%d signed in on the overview, the warm-up's"
                        + " and any others), median %d KB retained each (dominator tree of a heap dump); KB each: %s%n",
                retained.length, sessions, SessionHeap.median(retained) / 1024, SessionHeap.describe(retained));
        open.forEach(BrowserUser::close);
    }

    /** Signs {@code count} more people in, each landing on the overview, and keeps their browser contexts open. */
    private static void openSessions(Browser browser, String base, String account, String password, int count,
                                     Queue<String> errors, List<BrowserUser> open) {
        StepTimes ignored = new StepTimes(BrowserUser.STEPS);
        for (int i = 0; i < count; i++) {
            BrowserUser user = new BrowserUser(browser, base, account, password, errors, "session" + open.size());
            user.signIn(ignored);
            user.awaitOverview();
            open.add(user);
        }
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
