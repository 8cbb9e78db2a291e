package com.jgdj.dashboard.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Everything measured at one size. */
record SizeResult(BenchOptions.Size size, long submissions, double loadSeconds, List<PageResult> pages,
                  double parsePerSecond, double importPerSecond, int importedFiles) {

    Optional<PageResult> page(String name) {
        return pages.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    void printTable(PrintStream out) {
        out.printf(Locale.ROOT, "size %s: %,d submissions, loaded in %.0f s%n", size, submissions, loadSeconds);
        out.printf(Locale.ROOT, "%-22s %5s %10s %10s %10s %10s %8s%n", "page", "stmts", "app p50", "app p95",
                "raw p50", "raw p95", "app/raw");
        for (PageResult p : pages) {
            out.printf(Locale.ROOT, "%-22s %5d %8.1f ms %7.1f ms %7.1f ms %7.1f ms %8.2f%n", p.name(), p.statements(),
                    p.app().median(), p.app().p95(), p.raw().median(), p.raw().p95(), p.ratio());
        }
        out.println();
    }
}
