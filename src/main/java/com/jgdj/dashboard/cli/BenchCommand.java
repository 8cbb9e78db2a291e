package com.jgdj.dashboard.cli;

import com.jgdj.dashboard.bench.Bench;
import com.jgdj.dashboard.bench.BenchOptions;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench [--sizes=500x20,5000x20] [--rounds=N] [--import-files=N] [--keep=DIR]}: loads each size into a
 * fresh (or kept) embedded database and prints the pages' times against their raw SQL (see {@link Bench}). It measures, it asserts nothing.
 */
final class BenchCommand {

    static final String USAGE = "usage: bench [--sizes=" + BenchOptions.DEFAULT_SIZES + "] [--rounds="
            + BenchOptions.DEFAULT_ROUNDS + "] [--import-files=" + BenchOptions.DEFAULT_IMPORT_FILES + "] [--keep=DIR]";

    static final String HELP = String.join(System.lineSeparator(), USAGE,
            "  Loads each size (UNITSxPERIODS, demo generator, every report parsed) into a fresh embedded PostgreSQL",
            "  under a temporary directory, then times every page's service calls and the same SQL through plain JDBC.",
            "  --sizes         comma-separated sizes, each UNITSxPERIODS (units >= 1, periods 1..40)",
            "  --rounds        timed repetitions of each page for the median and p95 (>= 3)",
            "  --import-files  files imported through the import service for its throughput (>= 1)",
            "  --keep          keep each size's database in DIR/UNITSxPERIODS and reuse it on the next run (the",
            "                  import step adds report versions to it each run)",
            "  Prints a table, then ratio, stmt, plan, parse and import lines (tab-separated).");

    private BenchCommand() {
    }

    /** The options, or an error message in {@code error}. */
    record Parsed(BenchOptions options, boolean help, String error) {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Parsed parsed = parse(args);
        if (parsed.help()) {
            out.println(HELP);
            return 0;
        }
        if (parsed.error() != null) {
            err.println("bench: " + parsed.error());
            err.println(USAGE);
            return 1;
        }
        return Bench.run(parsed.options(), out);
    }

    static Parsed parse(List<String> args) {
        String sizes = BenchOptions.DEFAULT_SIZES;
        int rounds = BenchOptions.DEFAULT_ROUNDS;
        int importFiles = BenchOptions.DEFAULT_IMPORT_FILES;
        Path keep = null;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Parsed(null, true, null);
            } else if (arg.startsWith("--sizes=")) {
                sizes = arg.substring("--sizes=".length());
            } else if (arg.startsWith("--rounds=")) {
                Integer n = number(arg.substring("--rounds=".length()), 3);
                if (n == null) {
                    return error("--rounds must be a whole number >= 3: " + arg);
                }
                rounds = n;
            } else if (arg.startsWith("--import-files=")) {
                Integer n = number(arg.substring("--import-files=".length()), 1);
                if (n == null) {
                    return error("--import-files must be a whole number >= 1: " + arg);
                }
                importFiles = n;
            } else if (arg.startsWith("--keep=") && arg.length() > "--keep=".length()) {
                keep = Path.of(arg.substring("--keep=".length()));
            } else {
                return error("unknown option: " + arg);
            }
        }
        List<BenchOptions.Size> list = new ArrayList<>();
        for (String size : sizes.split(",", -1)) {
            String[] parts = size.trim().split("x", -1);
            Integer units = parts.length == 2 ? number(parts[0], 1) : null;
            Integer periods = parts.length == 2 ? number(parts[1], 1) : null;
            if (units == null || periods == null || periods > 40) {
                return error("a size is UNITSxPERIODS (units >= 1, periods 1..40): " + size);
            }
            list.add(new BenchOptions.Size(units, periods));
        }
        return new Parsed(new BenchOptions(list, rounds, importFiles, keep), false, null);
    }

    private static Parsed error(String message) {
        return new Parsed(null, false, message);
    }

    private static Integer number(String text, int min) {
        if (!text.matches("\\d{1,9}")) {
            return null;
        }
        int n = Integer.parseInt(text);
        return n >= min ? n : null;
    }
}
