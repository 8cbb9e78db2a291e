package com.jgdj.dashboard.similarity;

import java.util.SplittableRandom;

/** Deterministic texts with no shared run of 20 characters: random CJK characters from a fixed seed. */
final class DistinctText {

    private DistinctText() {
    }

    static String of(int seed) {
        SplittableRandom r = new SplittableRandom(1000 + seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            b.append((char) (0x4E00 + r.nextInt(3000)));
            if (i % 30 == 29) {
                b.append("。\n");
            }
        }
        return b.toString();
    }
}
