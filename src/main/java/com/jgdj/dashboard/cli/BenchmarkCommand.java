package com.jgdj.dashboard.cli;

import com.jgdj.dashboard.parsing.IndicatorDictionary;
import com.jgdj.dashboard.parsing.ParseContext;
import com.jgdj.dashboard.parsing.ReportFileReader;
import com.jgdj.dashboard.parsing.ReportReadException;
import com.jgdj.dashboard.parsing.ReportTextParser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code benchmark-parse [N] [FILE|DIR...]}: parses the given reports (default: the seed fixtures in
 * src/test/resources/seeds) N times on one thread and prints the throughput. It measures, it asserts nothing.
 */
final class BenchmarkCommand {

    static final String USAGE = "usage: benchmark-parse [ROUNDS] [FILE|DIR...]   (default DIR: src/test/resources/seeds)";

    private BenchmarkCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        // long enough for the JIT to finish compiling the parser: shorter runs report half the steady throughput
        int rounds = 2000;
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            if (a.matches("\\d+")) {
                rounds = Integer.parseInt(a);
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            paths.add(Path.of("src", "test", "resources", "seeds"));
        }
        List<String> texts = new ArrayList<>();
        ReportFileReader reader = new ReportFileReader();
        try {
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
        ParseContext ctx = ParseContext.of(IndicatorDictionary.loadDefault());
        ReportTextParser parser = new ReportTextParser();
        long chars = texts.stream().mapToLong(String::length).sum();
        int warmup = Math.max(20, rounds / 2);
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            for (String t : texts) {
                sink += parser.parse(t, ctx).metrics().size();
            }
        }
        long begin = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (String t : texts) {
                sink += parser.parse(t, ctx).metrics().size();
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        long reports = (long) rounds * texts.size();
        out.printf(Locale.ROOT, "reports: %d (%d files x %d rounds, avg %d chars), threads: 1, seconds: %.3f%n",
                reports, texts.size(), rounds, chars / texts.size(), seconds);
        out.printf(Locale.ROOT, "throughput: %.0f reports/second/core (available cores: %d, checksum %d)%n",
                reports / seconds, Runtime.getRuntime().availableProcessors(), sink);
        return 0;
    }
}
