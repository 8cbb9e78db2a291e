package com.jgdj.dashboard.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench}: for each size a fresh embedded database under a temporary directory, the demo generator's data
 * (every report parsed, assessments, statistics analysed), then every page's service calls against the same SQL run
 * raw through plain JDBC. Prints a table, then one tab-separated line per ratio, statement plan and throughput.
 * It measures; it asserts nothing.
 */
public final class Bench {

    private Bench() {
    }

    public static int run(BenchOptions options, PrintStream out) {
        List<SizeResult> results = new ArrayList<>();
        for (BenchOptions.Size size : options.sizes()) {
            SizeResult result = SizeRun.measure(size, options, out);
            results.add(result);
            out.println();
            result.printTable(out);
        }
        for (SizeResult result : results) {
            for (PageResult page : result.pages()) {
                out.printf(Locale.ROOT, "ratio\tapp/raw\t%s@%s\t%.2f%n", page.name(), result.size(), page.ratio());
            }
        }
        SizeResult smallest = results.getFirst();
        for (SizeResult larger : results.subList(1, results.size())) {
            String label = thousands(larger.size().submissions()) + "/" + thousands(smallest.size().submissions());
            for (PageResult page : larger.pages()) {
                smallest.page(page.name()).ifPresent(small -> out.printf(Locale.ROOT, "ratio\t%s\t%s\t%.2f%n",
                        label, page.name(), page.app().median() / small.app().median()));
            }
        }
        for (SizeResult result : results) {
            for (PageResult page : result.pages()) {
                for (PageResult.Statement statement : page.statementMillis()) {
                    out.printf(Locale.ROOT, "stmt\t%s@%s\t%s\t%.1f ms%n", page.name(), result.size(),
                            statement.label(), statement.millis());
                }
            }
        }
        for (SizeResult result : results) {
            for (PageResult page : result.pages()) {
                for (PageResult.Plan plan : page.plans()) {
                    out.printf(Locale.ROOT, "plan\t%s@%s\t%s\t%s%n", page.name(), result.size(), plan.statement(),
                            plan.verdict());
                }
            }
        }
        for (SizeResult result : results) {
            out.printf(Locale.ROOT, "parse\t%s\treports/s/core\t%.0f%n", result.size(), result.parsePerSecond());
            out.printf(Locale.ROOT, "import\t%s\tfiles/s\t%.1f\t(%d files)%n", result.size(),
                    result.importPerSecond(), result.importedFiles());
        }
        return 0;
    }

    /** 10,000 → "10k", 100,000 → "100k", 2,500 → "2.5k". */
    static String thousands(int n) {
        if (n < 1000) {
            return Integer.toString(n);
        }
        return (n % 1000 == 0 ? Integer.toString(n / 1000) : String.format(Locale.ROOT, "%.1f", n / 1000.0)) + "k";
    }
}
