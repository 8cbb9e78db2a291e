package com.jgdj.dashboard.bench;

import java.util.List;

/** One page at one size: the app's service calls and their raw SQL timed, and each statement's plan verdict. */
record PageResult(String name, int statements, Timings app, Timings raw, List<Plan> plans) {

    double ratio() {
        return app.median() / raw.median();
    }

    /** {@code verdict} is {@code ok} or {@code seqscan:<table>[,<table>]} (custom or generic plan). */
    record Plan(String statement, String verdict, boolean genericSameAsCustom) {
    }
}
