package com.jgdj.dashboard.demo;

import java.time.Duration;

/** What one demo load wrote and how long it took. */
public record DemoLoadResult(DemoScale scale, long seed, int categories, int units, int periods, int submissions,
                             long fileBytes, Duration elapsed) {

    public int rows() {
        return categories + units + periods + submissions;
    }

    public double rowsPerSecond() {
        return rows() / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }
}
