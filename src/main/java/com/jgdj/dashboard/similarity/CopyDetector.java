package com.jgdj.dashboard.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paragraph-level copy detection between reports; plain Java, no Spring, no database. Texts are the normalised
 * report texts the reader shows, and every offset refers to them.
 *
 * <p>Method: character shingles of the letters-and-digits text; common phrasing ({@link CommonPhrasing}) is
 * excluded; candidate pairs come from MinHash LSH ({@link MinHashLsh}) when there are many reports, every pair
 * otherwise; for a candidate the shared passages are the maximal runs of equal characters seeded by a shared
 * non-common shingle, chosen longest first without overlap in either text.
 */
public final class CopyDetector {

    /** Up to this many reports every pair is compared exactly. */
    static final int ALL_PAIRS_UP_TO = 60;

    private final SimilaritySettings settings;

    public CopyDetector(SimilaritySettings settings) {
        this.settings = settings;
    }

    public CopyDetector() {
        this(SimilaritySettings.DEFAULT);
    }

    public SimilaritySettings settings() {
        return settings;
    }

    /** The suspicious pairs among {@code texts}, common phrasing learnt from the same texts; sorted by (a, b). */
    public List<SimilarPair> detect(List<String> texts) {
        return detectWithPrevious(texts, java.util.Collections.nCopies(texts.size(), null)).peers();
    }

    /**
     * The suspicious pairs among {@code texts} ({@link Comparison#peers()}) and, per index i with a
     * non-null {@code previous.get(i)}, the report against that earlier report of the same unit if suspicious
     * ({@link Comparison#previous()}, a = b = i). Common phrasing is learnt from {@code texts}.
     */
    public Comparison detectWithPrevious(List<String> texts, List<String> previous) {
        List<ShingledText> shingled = texts.stream().map(t -> ShingledText.of(t, settings.shingleSize())).toList();
        return detectWithPrevious(shingled, previous, CommonPhrasing.learn(shingled, settings));
    }

    /** As {@link #detectWithPrevious(List, List)} with common phrasing learnt elsewhere (e.g. over several periods). */
    public Comparison detectWithPrevious(List<ShingledText> shingled, List<String> previous, CommonPhrasing common) {
        List<String> texts = shingled.stream().map(ShingledText::text).toList();
        List<int[]> candidates = shingled.size() <= ALL_PAIRS_UP_TO ? allPairs(shingled.size())
                : MinHashLsh.candidates(shingled, common);
        List<SimilarPair> peers = new ArrayList<>();
        for (int[] c : candidates) {
            SimilarPair p = compare(shingled.get(c[0]), shingled.get(c[1]), common, c[0], c[1]);
            if (isSuspicious(p)) {
                peers.add(p);
            }
        }
        peers.sort(Comparator.comparingInt(SimilarPair::a).thenComparingInt(SimilarPair::b));
        List<SimilarPair> earlier = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String old = previous.get(i);
            if (old != null) {
                SimilarPair p = compare(shingled.get(i), ShingledText.of(old, settings.shingleSize()), common, i, i);
                if (isSuspicious(p)) {
                    earlier.add(p);
                }
            }
        }
        return new Comparison(List.copyOf(peers), List.copyOf(earlier));
    }

    public record Comparison(List<SimilarPair> peers, List<SimilarPair> previous) {
    }

    public boolean isSuspicious(SimilarPair p) {
        return p.score() >= settings.minScore() && p.longestPassage() >= settings.minLongestPassage();
    }

    private static List<int[]> allPairs(int n) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out.add(new int[] {i, j});
            }
        }
        return out;
    }

    /** Compares two reports with the given common phrasing; the pair carries indexes ia, ib. */
    public SimilarPair compare(ShingledText a, ShingledText b, CommonPhrasing common, int ia, int ib) {
        int k = settings.shingleSize();
        Map<Long, List<Integer>> inB = new HashMap<>();
        for (int j = 0; j < b.shingleCount(); j++) {
            if (b.shingle(j) != ShingledText.NONE && !common.isCommon(b.shingle(j))) {
                inB.computeIfAbsent(b.shingle(j), x -> new ArrayList<>(1)).add(j);
            }
        }
        Map<Integer, Integer> runEndOnDiagonal = new HashMap<>();
        List<int[]> runs = new ArrayList<>(); // {aStart, bStart, length, own}
        for (int i = 0; i < a.shingleCount(); i++) {
            List<Integer> js = a.shingle(i) == ShingledText.NONE || common.isCommon(a.shingle(i)) ? null : inB.get(a.shingle(i));
            if (js == null) {
                continue;
            }
            for (int j : js) {
                int diagonal = i - j;
                Integer end = runEndOnDiagonal.get(diagonal);
                if (end != null && end > i || !equal(a, i, b, j, k)) {
                    continue;
                }
                int s = i;
                int t = j;
                while (s > 0 && t > 0 && a.sameChar(s - 1, b, t - 1)) {
                    s--;
                    t--;
                }
                int e = i + k;
                int f = j + k;
                while (e < a.cleanLength() && f < b.cleanLength() && a.sameChar(e, b, f)) {
                    e++;
                    f++;
                }
                runEndOnDiagonal.put(diagonal, e);
                runs.add(new int[] {s, t, e - s, own(a, s, e, common)});
            }
        }
        runs.removeIf(r -> r[3] < settings.minPassage());
        runs.sort(Comparator.<int[]>comparingInt(r -> -r[2]).thenComparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
        List<int[]> chosen = new ArrayList<>();
        for (int[] r : runs) {
            boolean overlaps = chosen.stream().anyMatch(c -> c[0] < r[0] + r[2] && r[0] < c[0] + c[2]
                    || c[1] < r[1] + r[2] && r[1] < c[1] + c[2]);
            if (!overlaps) {
                chosen.add(r);
            }
        }
        chosen.sort(Comparator.comparingInt(r -> r[0]));
        List<SharedPassage> passages = new ArrayList<>();
        long covered = 0;
        for (int[] r : chosen) {
            int aStart = a.offset(r[0]);
            int aEnd = a.offset(r[0] + r[2] - 1) + 1;
            int bStart = b.offset(r[1]);
            int bEnd = b.offset(r[1] + r[2] - 1) + 1;
            passages.add(new SharedPassage(a.text().substring(aStart, aEnd), aStart, bStart, aEnd - aStart, bEnd - bStart));
            covered += r[3];
        }
        int shorter = Math.min(a.letters(), b.letters());
        double score = shorter == 0 ? 0 : Math.round(10_000.0 * covered / shorter) / 10_000.0;
        return new SimilarPair(ia, ib, Math.min(1.0, score), List.copyOf(passages));
    }

    private static boolean equal(ShingledText a, int i, ShingledText b, int j, int k) {
        for (int x = 0; x < k; x++) {
            if (!a.sameChar(i + x, b, j + x)) {
                return false;
            }
        }
        return true;
    }

    /** Characters of clean range [s, e) of a not covered by any common shingle lying inside the range. */
    private static int own(ShingledText a, int s, int e, CommonPhrasing common) {
        int k = a.shingleSize();
        int own = 0;
        int commonUntil = s;
        for (int i = s; i < e; i++) {
            if (i + k <= e && i < a.shingleCount() && common.isCommon(a.shingle(i))) {
                commonUntil = Math.max(commonUntil, i + k);
            }
            if (i >= commonUntil && a.sameChar(i, a, i)) {
                own++;
            }
        }
        return own;
    }
}
