package com.jgdj.dashboard.similarity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shingles that are common language, not copying: those of a small built-in list of standard political
 * sentences, plus those learnt from the compared reports themselves, i.e. present in more than
 * {@code share} of them and in at least {@link SimilaritySettings#minCommonDocuments()} reports (so that two
 * or three files given on the command line never declare their own copy "common").
 */
public final class CommonPhrasing {

    /** Standard sentences many reports share; letters and digits are what counts, punctuation is ignored. */
    public static final List<String> BUILT_IN = List.of(
            "增强“四个意识”、坚定“四个自信”、做到“两个维护”",
            "以习近平新时代中国特色社会主义思想为指导",
            "以习近平新时代中国特色社会主义思想为指引",
            "深刻领悟“两个确立”的决定性意义",
            "坚决做到“两个维护”",
            "深入学习贯彻党的二十大精神",
            "学习贯彻习近平新时代中国特色社会主义思想主题教育",
            "落实全面从严治党主体责任",
            "在市委市政府的正确领导下",
            "现将有关情况汇报如下",
            "不忘初心、牢记使命",
            "以高质量党建引领高质量发展");

    private final Set<Long> shingles;

    private CommonPhrasing(Set<Long> shingles) {
        this.shingles = shingles;
    }

    public static CommonPhrasing builtIn(int shingleSize) {
        return new CommonPhrasing(builtInShingles(shingleSize));
    }

    public static CommonPhrasing learn(List<ShingledText> texts, SimilaritySettings settings) {
        List<Long> authors = new java.util.ArrayList<>();
        for (long i = 0; i < texts.size(); i++) {
            authors.add(i);
        }
        return learn(texts, authors, settings);
    }

    /**
     * Learns from reports written by {@code authors} (one key per text, e.g. the unit): a shingle is common when
     * more than {@code commonShare} of the authors used it in at least one of their reports. With several periods
     * of one unit, a unit's standard sentences count once, and a template paragraph many units took turns to use
     * is recognised as common even if no single period shows it in 30 % of the reports.
     */
    public static CommonPhrasing learn(List<ShingledText> texts, List<Long> authors, SimilaritySettings settings) {
        Learner learner = new Learner(settings);
        for (int d = 0; d < texts.size(); d++) {
            learner.add(texts.get(d), authors.get(d));
        }
        return learner.build();
    }

    /** Collects which authors used each shingle, one text at a time (the texts need not be kept). */
    public static final class Learner {

        private final SimilaritySettings settings;
        private final Map<Long, Object> users = new HashMap<>();
        private final Set<Long> authors = new HashSet<>();

        public Learner(SimilaritySettings settings) {
            this.settings = settings;
        }

        public void add(String text, long author) {
            add(ShingledText.of(text, settings.shingleSize()), author);
        }

        /** Stores a single author as a Long and only more than one as a set: most shingles have one author. */
        @SuppressWarnings("unchecked")
        public void add(ShingledText t, long author) {
            authors.add(author);
            for (int i = 0; i < t.shingleCount(); i++) {
                long h = t.shingle(i);
                if (h == ShingledText.NONE) {
                    continue;
                }
                Object who = users.get(h);
                if (who == null) {
                    users.put(h, author);
                } else if (who instanceof Long one) {
                    if (one != author) {
                        Set<Long> set = new HashSet<>(4);
                        set.add(one);
                        set.add(author);
                        users.put(h, set);
                    }
                } else {
                    ((Set<Long>) who).add(author);
                }
            }
        }

        public CommonPhrasing build() {
            Set<Long> common = builtInShingles(settings.shingleSize());
            double limit = settings.commonShare() * authors.size();
            users.forEach((shingle, who) -> {
                int count = who instanceof Set<?> set ? set.size() : 1;
                if (count > limit && count >= settings.minCommonDocuments()) {
                    common.add(shingle);
                }
            });
            return new CommonPhrasing(common);
        }
    }

    private static Set<Long> builtInShingles(int shingleSize) {
        Set<Long> out = new HashSet<>();
        for (String phrase : BUILT_IN) {
            ShingledText t = ShingledText.of(phrase, shingleSize);
            for (int i = 0; i < t.shingleCount(); i++) {
                out.add(t.shingle(i));
            }
        }
        return out;
    }

    public boolean isCommon(long shingle) {
        return shingles.contains(shingle);
    }

    public int size() {
        return shingles.size();
    }
}
