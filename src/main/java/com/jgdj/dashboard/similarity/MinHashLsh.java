package com.jgdj.dashboard.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate pairs for many reports: one-permutation MinHash (each non-common shingle hashed once into one of
 * {@value #BINS} bins, the minimum kept per bin) and LSH banding with {@value #ROWS} rows per band. With
 * 64 bands of 2 rows a pair of Jaccard similarity 0.18 (one third of a report copied) becomes a candidate with
 * probability 1 − (1 − 0.18²)⁶⁴ ≈ 0.88, a pair of 0.3 with ≈ 0.997; every candidate is then compared exactly.
 */
final class MinHashLsh {

    static final int BINS = 128;
    static final int ROWS = 2;

    private MinHashLsh() {
    }

    static long[] signature(ShingledText t, CommonPhrasing common) {
        long[] sig = new long[BINS];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i < t.shingleCount(); i++) {
            long h = t.shingle(i);
            if (h == ShingledText.NONE || common.isCommon(h)) {
                continue;
            }
            int bin = (int) Long.remainderUnsigned(h, BINS);
            long v = h >>> 7;
            if (v < sig[bin]) {
                sig[bin] = v;
            }
        }
        return sig;
    }

    static List<int[]> candidates(List<ShingledText> texts, CommonPhrasing common) {
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int d = 0; d < texts.size(); d++) {
            long[] sig = signature(texts.get(d), common);
            for (int band = 0; band < BINS / ROWS; band++) {
                long key = band;
                boolean empty = false;
                for (int r = 0; r < ROWS; r++) {
                    long v = sig[band * ROWS + r];
                    empty |= v == Long.MAX_VALUE;
                    key = ShingledText.mix(key * 31 + v);
                }
                if (!empty) {
                    buckets.computeIfAbsent(key, x -> new ArrayList<>(2)).add(d);
                }
            }
        }
        Set<Long> seen = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int a = Math.min(bucket.get(x), bucket.get(y));
                    int b = Math.max(bucket.get(x), bucket.get(y));
                    if (a != b && seen.add((long) a << 32 | b)) {
                        out.add(new int[] {a, b});
                    }
                }
            }
        }
        return out;
    }
}
