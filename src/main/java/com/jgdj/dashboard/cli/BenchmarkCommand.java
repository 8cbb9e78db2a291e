package com.jgdj.dashboard.cli;

import com.jgdj.dashboard.demo.DemoDataInitializer;
import com.jgdj.dashboard.demo.DemoReportTexts;
import com.jgdj.dashboard.parsing.IndicatorDictionary;
import com.jgdj.dashboard.parsing.ParseContext;
import com.jgdj.dashboard.parsing.ReportFileReader;
import com.jgdj.dashboard.parsing.ReportReadException;
import com.jgdj.dashboard.parsing.ReportTextParser;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code benchmark-parse [N] [--demo[=UNITS]] [FILE|DIR...]}: parses the given reports (default: the seed fixtures
 * in src/test/resources/seeds) N times on one thread and prints the throughput. With {@code --demo} it parses the
 * demo generator's reports of UNITS units (default 100) in two periods instead, or as well when files are named.
 * It measures, it asserts nothing.
 */
final class BenchmarkCommand {

    static final String USAGE = "usage: benchmark-parse [ROUNDS] [--demo[=UNITS]] [FILE|DIR...]"
            + "   (default DIR: src/test/resources/seeds)";

    /** Parses per measured set when no ROUNDS are given: 2,000 rounds of the five seeds. */
    private static final int DEFAULT_PARSES = 10_000;
    private static final int DEFAULT_DEMO_UNITS = 100;
    /** The demo's reports are composed for the two periods that end with the one open on this day. */
    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 12, 1);

    private BenchmarkCommand() {
    }

    private record Set(String description, List<String> texts) {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Integer rounds = null;
        int demoUnits = 0;
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            if (a.matches("\\d+")) {
                rounds = Integer.parseInt(a);
            } else if (a.equals("--demo")) {
                demoUnits = DEFAULT_DEMO_UNITS;
            } else if (a.startsWith("--demo=")) {
                String n = a.substring("--demo=".length());
                if (!n.matches("\\d{1,6}") || Integer.parseInt(n) < 1) {
                    err.println("benchmark-parse: --demo takes a number of units >= 1: " + a);
                    err.println(USAGE);
                    return 1;
                }
                demoUnits = Integer.parseInt(n);
            } else if (a.startsWith("-")) {
                err.println("benchmark-parse: unknown option: " + a);
                err.println(USAGE);
                return 1;
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty() && demoUnits == 0) {
            paths.add(Path.of("src", "test", "resources", "seeds"));
        }
        List<Set> sets = new ArrayList<>();
        if (!paths.isEmpty()) {
            List<String> texts;
            try {
                texts = read(paths);
            } catch (IOException | ReportReadException e) {
                err.println("benchmark-parse: cannot read reports: " + e.getMessage());
                err.println(USAGE);
                return 2;
            }
            if (texts.isEmpty()) {
                err.println("benchmark-parse: no .txt/.docx reports found in " + paths);
                err.println(USAGE);
                return 2;
            }
            sets.add(new Set("files", texts));
        }
        if (demoUnits > 0) {
            sets.add(new Set("demo reports (" + demoUnits + " units x 2 periods)",
                    DemoReportTexts.of(demoUnits, 2, DemoDataInitializer.DEFAULT_SEED, DEMO_DAY)));
        }
        ParseContext ctx = ParseContext.of(IndicatorDictionary.loadDefault());
        for (Set set : sets) {
            int n = rounds != null ? rounds : Math.max(1, DEFAULT_PARSES / set.texts().size());
            measure(set, n, ctx, out);
        }
        return 0;
    }

    private static List<String> read(List<Path> paths) throws IOException, ReportReadException {
        List<String> texts = new ArrayList<>();
        ReportFileReader reader = new ReportFileReader();
        for (Path p : paths) {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    files = s.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".docx"))
                            .sorted().toList();
                }
            } else {
                files = List.of(p);
            }
            for (Path f : files) {
                texts.add(reader.read(Files.readAllBytes(f), f.getFileName().toString()).text());
            }
        }
        return texts;
    }

    private static void measure(Set set, int rounds, ParseContext ctx, PrintStream out) {
        List<String> texts = set.texts();
        ReportTextParser parser = new ReportTextParser();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long chars = texts.stream().mapToLong(String::length).sum();
        // long enough for the JIT to finish compiling the parser: shorter runs report half the steady throughput
        int warmup = Math.max(20, rounds / 2);
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            for (String t : texts) {
                sink += parser.parse(t, ctx).metrics().size();
            }
        }
        long begin = System.nanoTime();
        long cpuBegin = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            for (String t : texts) {
                sink += parser.parse(t, ctx).metrics().size();
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpuBegin) / 1e9;
        double seconds = (System.nanoTime() - begin) / 1e9;
        long reports = (long) rounds * texts.size();
        out.printf(Locale.ROOT, "reports: %d (%d %s x %d rounds, avg %d chars), threads: 1, seconds: %.3f, "
                        + "cpu seconds: %.3f%n",
                reports, texts.size(), set.description(), rounds, chars / texts.size(), seconds, cpu);
        out.printf(Locale.ROOT, "throughput: %.0f reports/second/core, %.0f per cpu second (available cores: %d, "
                        + "checksum %d)%n",
                reports / seconds, reports / cpu, Runtime.getRuntime().availableProcessors(), sink);
    }
}
