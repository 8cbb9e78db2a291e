package com.jgdj.dashboard.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code bench} measures: the data sizes (units × periods, each loaded into its own fresh embedded database)
 * and how many timed rounds each page gets (median and p95 are taken over them). With {@code keep} (else null) each
 * size's database is kept in a directory of its own below it and reused by the next run instead of generated again.
 */
public record BenchOptions(List<Size> sizes, int rounds, int importFiles, Path keep) {

    public static final String DEFAULT_SIZES = "500x20,5000x20";
    public static final int DEFAULT_ROUNDS = 20;
    public static final int DEFAULT_IMPORT_FILES = 1000;

    public BenchOptions {
        sizes = List.copyOf(sizes);
    }

    /** {@code units} units reporting over {@code periods} periods. */
    public record Size(int units, int periods) {

        public int submissions() {
            return units * periods;
        }

        @Override
        public String toString() {
            return units + "x" + periods;
        }
    }
}
