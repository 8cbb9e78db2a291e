package com.jgdj.dashboard.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One headless Chromium for every user of the load run, each user a browser context of its own (its own cookies,
 * so its own signed-in session), connected through the DevTools protocol from the user's thread: a Playwright
 * belongs to the thread that created it, so each thread has its own and all of them drive this one browser.
 * Twenty browsers of their own (session 5) loaded a 2-core machine to 70–160 with their browser, GPU and network
 * processes and their start-up; one browser leaves only the pages' renderers beside the server.
 */
final class SharedChromium implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--mute-audio", "--no-startup-window", "--remote-debugging-port=0",
            // as Playwright launches it: a page behind another window is not throttled
            "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
            "--disable-backgrounding-occluded-windows");

    private final Process process;
    private final Path profile;
    private final String endpoint;

    private SharedChromium(Process process, Path profile, String endpoint) {
        this.process = process;
        this.profile = profile;
        this.endpoint = endpoint;
    }

    /** Starts the browser and waits for its DevTools address (printed on its standard error). */
    static SharedChromium start(Path chromium) throws IOException {
        Path profile = Files.createTempDirectory("load-chromium");
        List<String> command = Stream.concat(Stream.of(chromium.toString(), "--user-data-dir=" + profile),
                FLAGS.stream()).toList();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            int at = line.indexOf("ws://");
            if (line.startsWith("DevTools listening on") && at >= 0) {
                // keep draining the browser's output so that it never blocks on a full pipe
                CompletableFuture.runAsync(() -> out.lines().forEach(l -> { }));
                return new SharedChromium(process, profile, line.substring(at).trim());
            }
        }
        throw new IllegalStateException("Chromium ended before it listened (exit " + process.exitValue() + ")");
    }

    /** This browser as the calling thread's Playwright sees it. */
    Browser connect(Playwright playwright) {
        return playwright.chromium().connectOverCDP(endpoint);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
