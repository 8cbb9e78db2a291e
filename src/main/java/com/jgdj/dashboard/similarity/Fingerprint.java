package com.jgdj.dashboard.similarity;

import java.util.Arrays;

/**
 * The sampled shingle hashes of a report that {@code similarity_fingerprint} stores: every shingle whose hash is
 * divisible by {@value #SAMPLE} (so two reports sharing a passage sample the same shingles of it), leaving out the
 * built-in standard phrasing; distinct and sorted. A passage of 50 characters has about ten of them.
 */
public final class Fingerprint {

    static final int SAMPLE = 4;
    private static final CommonPhrasing DEFAULT_BUILT_IN =
            CommonPhrasing.builtIn(SimilaritySettings.DEFAULT.shingleSize());

    private Fingerprint() {
    }

    public static long[] of(String text, SimilaritySettings settings) {
        int size = settings.shingleSize();
        return of(ShingledText.of(text, size), size == SimilaritySettings.DEFAULT.shingleSize() ? DEFAULT_BUILT_IN
                : CommonPhrasing.builtIn(size));
    }

    static long[] of(ShingledText t, CommonPhrasing builtIn) {
        long[] out = new long[t.shingleCount()];
        int n = 0;
        for (int i = 0; i < t.shingleCount(); i++) {
            long h = t.shingle(i);
            if (h != ShingledText.NONE && Long.remainderUnsigned(h, SAMPLE) == 0 && !builtIn.isCommon(h)) {
                out[n++] = h;
            }
        }
        return Arrays.stream(out, 0, n).sorted().distinct().toArray();
    }
}
