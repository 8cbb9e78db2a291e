package com.jgdj.dashboard.similarity;

import com.jgdj.dashboard.parsing.IndicatorDictionary;
import com.jgdj.dashboard.parsing.ParseContext;
import com.jgdj.dashboard.parsing.ReportTextParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CopyDetectorTest {

    static final String PLANTED = "我们组织开展了“红色物业进小区”联建活动，党员志愿者为辖区三百二十户居民修缮楼道照明，"
            + "同步建立了“楼栋长+网格员+在职党员”的三级联系制度，收集群众意见建议并逐条办结。";
    static final String A = "市交通运输局上半年党建工作总结\n"
            + "一、主要做法\n"
            + "局机关党委坚持每月召开一次党委会专题研究机关党建，把运输保障任务完成情况纳入支部考核。\n"
            + PLANTED + "\n"
            + "二、存在问题\n"
            + "个别支部书记抓党建的精力不足，港口站所组织生活质量有待提高。\n";
    static final String B = "市卫生健康委员会二〇二三年上半年工作报告\n"
            + "一、工作开展情况\n"
            + "委机关各支部围绕医院改革任务，把公立医院党建与业务深度融合，推行院长书记双向汇报机制。\n"
            + "（一）" + PLANTED + "\n"
            + "二、下步打算\n"
            + "继续深化家庭医生签约服务，推进基层卫生院标准化建设。\n";

    private final CopyDetector detector = new CopyDetector();

    @Test
    void planted_paragraph_is_the_one_shared_passage_with_exact_offsets() {
        List<SimilarPair> pairs = detector.detect(List.of(A, B));

        assertEquals(1, pairs.size());
        SimilarPair p = pairs.getFirst();
        assertEquals(0, p.a());
        assertEquals(1, p.b());
        // the passage runs from the first to the last letter: the closing 。 is not part of it
        String passage = PLANTED.substring(0, PLANTED.length() - 1);
        assertThat(p.shared()).containsExactly(new SharedPassage(passage, 67, 77, 83, 83));
        assertEquals(67, A.indexOf(PLANTED));
        assertEquals(77, B.indexOf(PLANTED));
        // 74 letters/digits of the planted paragraph over the 168 letters/digits of the shorter report A
        assertEquals(0.4405, p.score());
    }

    @Test
    void re_punctuated_copy_still_matches_and_keeps_both_lengths() {
        String copy = PLANTED.replace("，", ", ").replace("“", "\"").replace("”", "\"");
        List<SimilarPair> pairs = detector.detect(List.of(A, "前言部分另起一行。\n" + copy));

        assertEquals(1, pairs.size());
        SharedPassage s = pairs.getFirst().shared().getFirst();
        assertEquals(67, s.aStart());
        assertEquals(10, s.bStart());
        // from 我 to the last 结; the copy has ", " for "，" (one more character each of three times)
        assertEquals(83, s.aLength());
        assertEquals(86, s.bLength());
    }

    @Test
    void common_phrasing_alone_does_not_make_a_pair() {
        String standard = "机关党委坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，"
                + "增强“四个意识”、坚定“四个自信”、做到“两个维护”，落实全面从严治党主体责任。";
        String a = "市财政局：" + standard + "全年完成预算评审四十七项。";
        String b = "市司法局：" + standard + "办理法律援助案件一百零六件。";

        assertThat(detector.detect(List.of(a, b))).isEmpty();
        SimilarPair p = detector.compare(ShingledText.of(a, 8), ShingledText.of(b, 8),
                CommonPhrasing.builtIn(8), 0, 1);
        assertThat(p.shared()).isEmpty();
        assertEquals(0.0, p.score());
    }

    @Test
    void fingerprints_sample_the_shared_paragraph_and_leave_out_standard_phrasing() {
        java.util.Set<Long> a = java.util.Arrays.stream(Fingerprint.of(A, SimilaritySettings.DEFAULT)).boxed()
                .collect(java.util.stream.Collectors.toSet());
        long shared = java.util.Arrays.stream(Fingerprint.of(B, SimilaritySettings.DEFAULT)).filter(a::contains).count();
        // the planted paragraph has 74 letters/digits, 67 shingles of 8; a quarter of them are sampled on average
        assertEquals(SHARED_FINGERPRINTS, shared);
        assertThat(shared).isGreaterThanOrEqualTo(SimilarityService.CANDIDATE_MIN_SHARED);

        // a built-in sentence on its own leaves nothing (shingles across two joined sentences would remain)
        assertThat(Fingerprint.of("增强“四个意识”、坚定“四个自信”、做到“两个维护”", SimilaritySettings.DEFAULT)).isEmpty();
        assertThat(Fingerprint.of("以习近平新时代中国特色社会主义思想为指导", SimilaritySettings.DEFAULT)).isEmpty();
    }

    private static final long SHARED_FINGERPRINTS = 13;

    @Test
    void the_five_seed_reports_give_no_suspicious_pair() throws IOException {
        ReportTextParser parser = new ReportTextParser();
        ParseContext ctx = ParseContext.of(IndicatorDictionary.loadDefault());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(parser.parse(Files.readString(f, StandardCharsets.UTF_8), ctx).text());
            }
        }
        assertEquals(5, texts.size());

        assertThat(detector.detect(texts)).isEmpty();
    }

    @Test
    void minhash_candidates_find_a_planted_copy_among_many_reports() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            texts.add(DistinctText.of(i));
        }
        texts.set(17, texts.get(17) + "\n" + PLANTED);
        texts.set(63, PLANTED + "\n" + texts.get(63));

        List<SimilarPair> pairs = detector.detect(texts);

        assertThat(pairs).extracting(SimilarPair::a, SimilarPair::b)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(17, 63));
    }
}
