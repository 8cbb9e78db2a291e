package com.jgdj.dashboard.demo;

/** Stable 64-bit mixing (SplitMix64's finalizer) to derive independent random streams from a seed. */
final class Mix {

    private Mix() {
    }

    static long hash(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h = finalizer(h ^ finalizer(part + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    private static long finalizer(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
