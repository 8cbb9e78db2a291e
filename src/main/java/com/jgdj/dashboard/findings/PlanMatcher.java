package com.jgdj.dashboard.findings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plan items against delivered work, by wording: the score of a (plan item, passage) pair is the share of the item's
 * distinct character bigrams (letters and digits only, numbering removed) that occur in the passage — containment
 * rather than Jaccard, because a delivery paragraph is usually longer than the plan line it fulfils. Deterministic:
 * ties go to the earlier passage. Plain Java.
 */
public final class PlanMatcher {

    /** Below this share of its bigrams an item counts as not delivered. */
    public static final double COVERED = 0.35;

    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[、.．)]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，、])");
    private static final int MIN_ITEM_CHARS = 6;

    private PlanMatcher() {
    }

    public static List<PlanItemMatch> match(List<Passage> planItems, List<Passage> work) {
        List<Set<String>> workBigrams = work.stream().map(p -> bigrams(p.text())).toList();
        List<PlanItemMatch> out = new ArrayList<>();
        for (Passage item : planItems) {
            Set<String> wanted = bigrams(item.text());
            Passage best = null;
            double bestScore = 0;
            for (int i = 0; i < work.size(); i++) {
                double score = containment(wanted, workBigrams.get(i));
                if (best == null || score > bestScore) {
                    best = work.get(i);
                    bestScore = score;
                }
            }
            double rounded = Math.round(bestScore * 100) / 100.0;
            out.add(new PlanItemMatch(item, best, rounded, rounded >= COVERED));
        }
        return out;
    }

    /**
     * The paragraphs of [start, end) of {@code text} that carry content: not the heading line, not a bare title, not
     * an introduction ending in a colon (下半年，我们将重点抓好以下工作：).
     */
    public static List<Passage> paragraphs(String text, int start, int end, String heading) {
        List<Passage> out = new ArrayList<>();
        int at = start;
        while (at < end) {
            int lineEnd = text.indexOf('\n', at);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            String line = text.substring(at, lineEnd).strip();
            boolean isHeading = heading != null && line.equals(heading.strip());
            boolean isIntro = line.endsWith("：") || line.endsWith(":");
            if (!isHeading && !isIntro && letters(line) >= MIN_ITEM_CHARS && (line.contains("。") || line.contains("，")
                    || line.contains("；"))) {
                int lead = text.substring(at, lineEnd).indexOf(line);
                out.add(new Passage(line, at + lead, at + lead + line.length()));
            }
            at = lineEnd + 1;
        }
        return out;
    }

    static double containment(Set<String> wanted, Set<String> found) {
        if (wanted.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String b : wanted) {
            if (found.contains(b)) {
                shared++;
            }
        }
        return (double) shared / wanted.size();
    }

    static Set<String> bigrams(String text) {
        String body = NUMBERING.matcher(text).replaceFirst("");
        StringBuilder kept = new StringBuilder();
        body.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= kept.length(); i++) {
            out.add(kept.substring(i, i + 2));
        }
        return out;
    }

    private static long letters(String line) {
        return line.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
