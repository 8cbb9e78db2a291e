package com.jgdj.dashboard.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Durations per step of the load cycle, collected from every browser user, and their percentiles. */
final class StepTimes {

    private final Map<String, List<Long>> millis = new LinkedHashMap<>();

    StepTimes(List<String> steps) {
        steps.forEach(s -> millis.put(s, new ArrayList<>()));
    }

    synchronized void add(String step, long ms) {
        millis.get(step).add(ms);
    }

    /** Steps completed, all kinds together. */
    synchronized long count() {
        return millis.values().stream().mapToLong(List::size).sum();
    }

    synchronized String table() {
        StringBuilder out = new StringBuilder(String.format("%-12s %7s %8s %8s %8s%n", "step", "count", "p50 ms", "p95 ms", "max ms"));
        millis.forEach((step, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            out.append(String.format("%-12s %7d %8s %8s %8s%n", step, sorted.size(), percentile(sorted, 50),
                    percentile(sorted, 95), sorted.isEmpty() ? "—" : sorted.getLast()));
        });
        return out.toString();
    }

    /** Nearest-rank percentile of sorted values. */
    static String percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "—";
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Long.toString(sorted.get(Math.max(0, rank - 1)));
    }
}
