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
        Set<Long> common = builtInShingles(settings.shingleSize());
        Map<Long, Integer> documents = new HashMap<>();
        for (ShingledText t : texts) {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < t.shingleCount(); i++) {
                if (t.shingle(i) != ShingledText.NONE && seen.add(t.shingle(i))) {
                    documents.merge(t.shingle(i), 1, Integer::sum);
                }
            }
        }
        double limit = settings.commonShare() * texts.size();
        documents.forEach((shingle, count) -> {
            if (count > limit && count >= settings.minCommonDocuments()) {
                common.add(shingle);
            }
        });
        return new CommonPhrasing(common);
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
