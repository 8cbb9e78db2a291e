package com.jgdj.dashboard.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Command-line mode of the jar; plain Java, started before Spring. */
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("parse", "benchmark-parse", "similar", "backup", "restore",
            "bench");

    /** Exit code of an unknown command (the list of commands is printed instead of starting the server). */
    public static final int UNKNOWN_COMMAND = 2;

    private Cli() {
    }

    public static boolean isCommand(String arg) {
        return arg != null && COMMANDS.contains(arg);
    }

    /**
     * Whether these arguments start the web application: none, or Spring options such as {@code --server.port=8080}.
     * Any other first argument is a command, known or not.
     */
    public static boolean startsServer(String[] args) {
        return args.length == 0 || args[0].startsWith("-");
    }

    public static int run(String[] args) {
        // UTF-8 regardless of the platform's console encoding: the output is a machine contract
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !isCommand(args[0])) {
            if (args.length > 0) {
                err.println("unknown command: " + args[0]);
            }
            err.println(commands());
            return UNKNOWN_COMMAND;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "parse" -> ParseCommand.run(rest, out, err);
            case "benchmark-parse" -> BenchmarkCommand.run(rest, out, err);
            case "similar" -> SimilarCommand.run(rest, out, err);
            case "backup", "restore" -> BackupCommand.run(args[0], rest, out, err);
            case "bench" -> BenchCommand.run(rest, out, err);
            default -> UNKNOWN_COMMAND;
        };
    }

    /** The list of commands, printed for an unknown one. */
    static String commands() {
        return String.join(System.lineSeparator(), "commands (without a command the web application starts):",
                "  " + ParseCommand.USAGE.replaceFirst("^usage: ", ""),
                "  " + SimilarCommand.USAGE.replaceFirst("^usage: ", ""),
                "  " + BenchmarkCommand.USAGE.replaceFirst("^usage: ", ""),
                "  " + BackupCommand.USAGE.replaceFirst("^usage: ", ""),
                "  " + BenchCommand.USAGE.replaceFirst("^usage: ", ""));
    }
}
