package com.jgdj.dashboard.bench;

import java.util.Arrays;

/** Milliseconds of repeated runs: median and 95th percentile (nearest rank). */
record Timings(double[] millis) {

    static Timings of(long[] nanos) {
        return new Timings(Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray());
    }

    double median() {
        int n = millis.length;
        return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    }

    double p95() {
        int rank = (int) Math.ceil(0.95 * millis.length);
        return millis[Math.max(0, rank - 1)];
    }
}
