package com.jgdj.dashboard.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Command-line mode of the jar; plain Java, started before Spring. */
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("parse", "benchmark-parse", "similar", "backup", "restore");

    private Cli() {
    }

    public static boolean isCommand(String arg) {
        return arg != null && COMMANDS.contains(arg);
    }

    public static int run(String[] args) {
        // UTF-8 regardless of the platform's console encoding: the output is a machine contract
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !isCommand(args[0])) {
            err.println("commands: " + ParseCommand.USAGE + " | " + SimilarCommand.USAGE + " | " + BenchmarkCommand.USAGE
                    + " | " + BackupCommand.USAGE);
            return 1;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "parse" -> ParseCommand.run(rest, out, err);
            case "benchmark-parse" -> BenchmarkCommand.run(rest, out, err);
            case "similar" -> SimilarCommand.run(rest, out, err);
            case "backup", "restore" -> BackupCommand.run(args[0], rest, out, err);
            default -> 1;
        };
    }
}
