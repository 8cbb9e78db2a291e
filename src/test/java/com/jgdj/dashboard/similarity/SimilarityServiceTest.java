package com.jgdj.dashboard.similarity;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.AssessmentFixture;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
class SimilarityServiceTest {

    static final String BODY = "局党组完成第五次全国经济普查入户登记一万二千余户，组织统计业务骨干开展数据质量核查三轮，"
            + "发现并纠正差错数据四百一十六条。";

    @Autowired
    SimilarityService service;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    long h1;
    long annual;
    long subA;
    long subB;
    long subC;
    long subOld;

    @BeforeEach
    void setUp() {
        long category = data.category("雷同测试类", 91);
        long a = data.unit("市交通运输局机关党委", category, "机关党委", "张三", true);
        long b = data.unit("市卫生健康委机关党委", category, "机关党委", "李四", true);
        long c = data.unit("市统计局机关党支部", category, "党支部", "王五", true);
        h1 = data.period(2031, "H1", LocalDate.of(2031, 7, 10), "CLOSED");
        annual = data.period(2031, "ANNUAL", LocalDate.of(2032, 1, 10), "OPEN");
        subOld = data.submission(c, h1, "市统计局2031年上半年工作情况\n" + BODY + "\n", "c-h1.txt", false, "SUBMITTED");
        subA = data.submission(a, annual, CopyDetectorTest.A, "a.txt", false, "SUBMITTED");
        subB = data.submission(b, annual, CopyDetectorTest.B, "b.txt", false, "SUBMITTED");
        subC = data.submission(c, annual, "市统计局2031年度工作情况\n" + BODY + "\n", "c.txt", false, "SUBMITTED");
        AssessmentFixture.signIn(Role.ASSESSOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void detects_the_copied_paragraph_between_units_and_the_report_resubmitted_from_the_previous_period() {
        SimilarityService.DetectionResult result = service.detect(annual);

        assertEquals(new SimilarityService.DetectionResult(3, 1, 1), result);
        assertEquals(2, service.count(annual));
        List<SimilarityRow> rows = service.page(annual, 0, 10);
        assertThat(rows).extracting(SimilarityRow::kind, SimilarityRow::submissionA, SimilarityRow::unitA,
                        SimilarityRow::submissionB, SimilarityRow::unitB, SimilarityRow::periodB, SimilarityRow::score,
                        SimilarityRow::longestPassage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PREVIOUS", subC, "市统计局机关党支部", subOld,
                                "市统计局机关党支部", "2031年上半年", new BigDecimal("0.8028"), 59),
                        org.assertj.core.groups.Tuple.tuple("PEER", subA, "市交通运输局机关党委", subB,
                                "市卫生健康委机关党委", "2031年度", new BigDecimal("0.4405"), 83));
        SimilarityDetails previous = service.details(rows.getFirst().id());
        assertThat(previous.passages()).containsExactly(
                new SharedPassage(BODY.substring(0, BODY.length() - 1), 15, 17, 59, 59));
        assertEquals("市统计局2031年度工作情况\n" + BODY + "\n", previous.textA());
        assertThat(service.flags(subA)).extracting(SimilarityFlag::label)
                .containsExactly("疑似雷同：与 市卫生健康委机关党委 相似度 44%");
        assertThat(service.flags(subOld)).extracting(SimilarityFlag::label)
                .containsExactly("疑似照搬2031年度报告：相似度 80%");
        assertEquals(1L, jdbc.sql("select count(*) from audit_log where action = 'SIMILARITY_DETECTED' and entity_id = ?")
                .param(annual).query(Long.class).single());
    }

    @Test
    void reports_stored_without_a_fingerprint_get_one_on_the_first_detection_of_their_period() {
        assertEquals(0L, fingerprints());

        service.detect(annual);

        // the three latest reports of the period and the one of the period before
        assertEquals(4L, fingerprints());
        List<Long> hashes = jdbc.sql("select unnest(hashes) from similarity_fingerprint where submission_id = ?")
                .param(subA).query(Long.class).list();
        assertThat(hashes).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates()
                .allMatch(h -> Long.remainderUnsigned(h, Fingerprint.SAMPLE) == 0)
                .hasSize(Fingerprint.of(CopyDetectorTest.A, SimilaritySettings.DEFAULT).length);
    }

    private long fingerprints() {
        return jdbc.sql("select count(*) from similarity_fingerprint f join submission s on s.id = f.submission_id "
                + "where s.id in (?, ?, ?, ?)").params(subA, subB, subC, subOld).query(Long.class).single();
    }

    @Test
    void detecting_again_replaces_the_pairs() {
        service.detect(annual);
        service.detect(annual);

        assertEquals(2, service.count(annual));
        assertEquals(2L, jdbc.sql("select count(*) from similarity_passage p join similarity_pair s on s.id = p.pair_id "
                + "where s.period_id = ?").param(annual).query(Long.class).single());
    }

    @Test
    void a_leader_may_read_but_not_detect() {
        AssessmentFixture.signIn(Role.LEADER);

        assertThrows(AccessDeniedException.class, () -> service.detect(annual));
        assertEquals(0, service.count(annual));
    }
}
