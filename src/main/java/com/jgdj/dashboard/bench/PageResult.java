package com.jgdj.dashboard.bench;

import java.util.List;

/**
 * One page at one size: the app's service calls and their raw SQL timed, each statement's plan verdict, and each
 * statement's median raw time in milliseconds (in the order the page runs them).
 */
record PageResult(String name, int statements, Timings app, Timings raw, List<Plan> plans,
                  List<Statement> statementMillis) {

    double ratio() {
        return app.median() / raw.median();
    }

    /** One executed statement (numbered in execution order) and its median raw time. */
    record Statement(String label, double millis) {
    }

    /** {@code verdict} is {@code ok} or {@code seqscan:<table>[,<table>]} (custom or generic plan). */
    record Plan(String statement, String verdict, boolean genericSameAsCustom) {
    }
}
