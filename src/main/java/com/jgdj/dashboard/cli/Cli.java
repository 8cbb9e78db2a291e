package com.jgdj.dashboard.cli;

/** Command-line mode of the jar; plain Java, started before Spring. */
public final class Cli {

    private Cli() {
    }

    public static boolean isCommand(String arg) {
        return false;
    }

    public static int run(String[] args) {
        return 1;
    }
}
