package com.jgdj.dashboard.load;

import com.jgdj.dashboard.security.StartupState;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's JVM as the load run sees it: started here ({@link LoadApp} or the production jar) or given by its
 * process id.
 */
final class ServerJvm implements AutoCloseable {

    private final long pid;
    private final Process process;
    private final String url;

    private ServerJvm(long pid, Process process, String url) {
        this.pid = pid;
        this.process = process;
        this.url = url;
    }

    /** Starts {@link LoadApp} with this JVM's class path (development mode) and waits until it has loaded the demo. */
    static ServerJvm start(String heap, String scale) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC", "-Dload.scale=" + scale,
                // development mode (the test class path) records where every component was created, a stack trace
                // per component kept as long as the component: production mode does not, so neither does the load run
                "-Dvaadin.devmode.componentTracker.enabled=false",
                "-cp", System.getProperty("java.class.path"), LoadApp.class.getName())
                .redirectErrorStream(true).start();
        return await(process, Pattern.compile("^READY (\\d+)"));
    }

    /**
     * Starts the production jar ({@code mvn -Pproduction package}) on a throw-away embedded database with the demo
     * data, and waits for its start-up line ({@link StartupState#READY_LOG}): what a node in production runs.
     */
    static ServerJvm startJar(Path jar, String heap, String scale) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC", "-jar", jar.toString(),
                "--server.port=0", "--dashboard.db.ephemeral=true", "--dashboard.demo=true",
                "--dashboard.demo.scale=" + scale, "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level." + StartupState.class.getName() + "=INFO")
                .redirectErrorStream(true).start();
        String ready = StartupState.READY_LOG.replace("{}", "");
        return await(process, Pattern.compile(Pattern.quote(ready) + "(\\d+)"));
    }

    /** Reads the server's output until {@code ready} matches (its group 1 the port), then keeps draining it. */
    private static ServerJvm await(Process process, Pattern ready) throws IOException, InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher port = ready.matcher(line);
            if (port.find()) {
                // keep draining the server's output (warnings) so that it never blocks on a full pipe
                CompletableFuture.runAsync(() -> out.lines().forEach(l -> System.out.println("server: " + l)));
                return new ServerJvm(process.pid(), process, "http://localhost:" + port.group(1));
            }
            System.out.println("server: " + line);
        }
        throw new IllegalStateException("the application ended before it was ready (exit " + process.waitFor() + ")");
    }

    /** A server started elsewhere: its heap is measured only when its process id is known (same machine). */
    static ServerJvm external(String url, long pid) {
        return new ServerJvm(pid, null, url);
    }

    String url() {
        return url;
    }

    long pid() {
        return pid;
    }

    boolean measurable() {
        return pid > 0;
    }

    /**
     * Live bytes per class after a full GC ({@code jcmd <pid> GC.class_histogram}); the total under {@link #TOTAL},
     * without G1's filler arrays (unused space the histogram lists as objects).
     */
    Map<String, Long> histogram() throws IOException, InterruptedException {
        Map<String, Long> bytes = new HashMap<>();
        Process jcmd = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jcmd.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().map(String::trim).forEach(l -> {
                String[] cols = l.split("\\s+");
                if (l.matches("\\d+:.*") && cols.length >= 4 && !cols[3].startsWith(FILLER)) {
                    bytes.merge(cols[3], Long.parseLong(cols[2]), Long::sum);
                    bytes.merge(TOTAL, Long.parseLong(cols[2]), Long::sum);
                }
            });
        }
        jcmd.waitFor();
        if (!bytes.containsKey(TOTAL)) {
            throw new IllegalStateException("jcmd " + pid + " GC.class_histogram gave no total");
        }
        return bytes;
    }

    static final String TOTAL = "(total)";
    private static final String FILLER = "[Ljdk.internal.vm.FillerElement";

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
