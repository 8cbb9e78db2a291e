package com.jgdj.dashboard.similarity;

/**
 * A text reduced to its letters and digits (punctuation and spaces removed, so a copy that was re-punctuated
 * still matches; a line break is kept as one mark), with the offset of every kept character in the original text
 * and the 64-bit hash of every character shingle of that reduced text.
 *
 * <p>Hash: 64-bit FNV-1a over the shingle's UTF-16 units, finished with the SplitMix64 mixer. Guava's Murmur3 is
 * not on the compile classpath and a dependency for ten lines is not worth it; CRC32C or {@code String.hashCode}
 * are 32-bit, which at 5,000 reports × a few thousand shingles would collide often. Collisions never produce a
 * false passage anyway: every passage is confirmed character by character.
 */
public final class ShingledText {

    private final String text;
    private final char[] clean;
    private final int[] offsets;
    private final long[] shingles;
    private final int size;
    private final int letters;

    /** Hash value standing for "no shingle here". */
    static final long NONE = 0L;

    private ShingledText(String text, int size) {
        this.text = text;
        this.size = size;
        char[] c = new char[text.length()];
        int[] o = new int[text.length()];
        int n = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch) || ch == '\n' && n > 0 && c[n - 1] != '\n') {
                c[n] = Character.toLowerCase(ch);
                o[n] = i;
                n++;
                letters += ch == '\n' ? 0 : 1;
            }
        }
        this.clean = java.util.Arrays.copyOf(c, n);
        this.offsets = java.util.Arrays.copyOf(o, n);
        int count = Math.max(0, n - size + 1);
        this.letters = letters;
        this.shingles = new long[count];
        for (int i = 0; i < count; i++) {
            shingles[i] = hash(clean, i, size);
        }
    }

    public static ShingledText of(String text, int shingleSize) {
        if (shingleSize < 2) {
            throw new IllegalArgumentException("shingle size must be at least 2: " + shingleSize);
        }
        return new ShingledText(text == null ? "" : text, shingleSize);
    }

    /** {@link #NONE} for a shingle across a line break: passages are paragraph-level and never cross one. */
    static long hash(char[] chars, int from, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + length; i++) {
            if (chars[i] == '\n') {
                return NONE;
            }
            h ^= chars[i];
            h *= 0x100000001b3L;
        }
        long m = mix(h);
        return m == NONE ? 1L : m;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public String text() {
        return text;
    }

    /** Letters and digits kept. */
    public int letters() {
        return letters;
    }

    /** Letters and digits kept plus one line-break mark between paragraphs. */
    int cleanLength() {
        return clean.length;
    }

    /** The i-th kept character; a line break never equals anything, so no run crosses a paragraph end. */
    boolean sameChar(int i, ShingledText other, int j) {
        return clean[i] == other.clean[j] && clean[i] != '\n';
    }

    int shingleSize() {
        return size;
    }

    /** Offset in {@link #text()} of the i-th kept character. */
    int offset(int i) {
        return offsets[i];
    }

    int shingleCount() {
        return shingles.length;
    }

    long shingle(int i) {
        return shingles[i];
    }
}
