package com.jgdj.dashboard.submission;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
class SubmissionImportServiceTest {

    static final String SEED_002 = "002_b63cea5c73303fb1.txt";

    @Autowired
    SubmissionImportService imports;
    @Autowired
    SubmissionService submissions;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    long finance;
    long police;
    long openPeriod;
    long pastPeriod;

    @BeforeEach
    void setUp() {
        long economy = data.category("经济部门", 2);
        finance = data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        police = data.unit("市公安局党委", economy, "党委", "李建国", true);
        openPeriod = data.period(2023, "H1", LocalDate.of(2100, 7, 10), "OPEN");
        pastPeriod = data.period(2022, "ANNUAL", LocalDate.of(2023, 1, 15), "OPEN");
        signIn(Role.ASSESSOR, null);
    }

    static void signIn(Role role, Long unitId) {
        SignIn.as(role, unitId);
    }

    private static byte[] seed(String name, Charset charset) {
        return TestData.seed(name).getBytes(charset);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<Long> counts() {
        return List.of(count("submission"), count("submission_heading"), count("submission_metric"),
                count("submission_flag"), count("audit_log"));
    }

    /** Without dashboard.upload.max-bytes the limit is the reader's 10 MB (its one home). */
    @Test
    void the_upload_limit_is_10_mb_unless_configured() {
        assertEquals(10_485_760L, imports.maxBytes());
    }

    @Test
    void a_seed_report_is_stored_with_its_structure_counts_and_flags() {
        ImportResult result = imports.importFile(UnitId.of(finance), PeriodId.of(openPeriod), "市财政局机关党委.txt",
                seed(SEED_002, StandardCharsets.UTF_8));

        assertEquals(ImportResult.Outcome.IMPORTED, result.outcome());
        assertEquals(1, result.versionNo());
        assertEquals(2, result.flagCount());
        assertEquals("已导入第1版，发现2项质量提示", result.message());
        SubmissionDetails details = submissions.details(result.submissionId()).orElseThrow();
        assertEquals("report", details.reportForm());
        assertEquals(false, details.late());
        assertEquals(SubmissionStatus.SUBMITTED, details.status());
        ReportAnalysis analysis = submissions.analysis(result.submissionId()).orElseThrow();
        assertEquals(List.of("一、主要工作情况", "二、存在的主要问题", "三、下半年工作计划"), analysis.headings().stream()
                .filter(h -> h.level() == 1).map(h -> h.marker() + h.title()).toList());
        assertEquals(List.of("NUMBERING", "NUMBERING"), analysis.flags().stream().map(ReportAnalysis.FlagRow::code).toList());
        assertEquals(35, analysis.metrics().size());
        // every stored span points at its own text
        for (ReportAnalysis.MetricRow m : analysis.metrics()) {
            assertEquals(m.text(), details.fullText().substring(m.startOffset(), m.endOffset()));
        }
        for (ReportAnalysis.FlagRow f : analysis.flags()) {
            assertEquals(f.evidence(), details.fullText().substring(f.startOffset(), f.endOffset()));
        }
    }

    @Test
    void the_same_bytes_again_change_nothing_and_new_content_becomes_a_new_version() {
        byte[] bytes = seed(SEED_002, StandardCharsets.UTF_8);
        ImportResult first = imports.importFile(UnitId.of(finance), PeriodId.of(openPeriod), "a.txt", bytes);
        List<Long> before = counts();

        ImportResult again = imports.importFile(UnitId.of(finance), PeriodId.of(openPeriod), "a-copy.txt", bytes);
        assertEquals(ImportResult.Outcome.UNCHANGED, again.outcome());
        assertEquals(first.submissionId(), again.submissionId());
        assertEquals("与已报送的第1版内容相同，未重复导入", again.message());
        assertEquals(before, counts());

        ImportResult second = imports.importFile(UnitId.of(finance), PeriodId.of(openPeriod), "b.txt",
                (TestData.seed(SEED_002) + "\n补充：开展谈心谈话12人次。").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, second.versionNo());
        assertEquals(List.of("2|true", "1|false"), jdbc.sql(
                "select version_no || '|' || latest from submission where unit_id = ? order by version_no desc")
                .param(finance).query(String.class).list());
    }

    @Test
    void a_gb18030_file_parses_like_its_utf8_original() {
        ImportResult utf8 = imports.importFile(UnitId.of(finance), PeriodId.of(openPeriod), "utf8.txt", seed(SEED_002, StandardCharsets.UTF_8));
        ImportResult gbk = imports.importFile(UnitId.of(police), PeriodId.of(openPeriod), "gbk.txt", seed(SEED_002, Charset.forName("GB18030")));
        assertEquals("GB18030", submissions.details(gbk.submissionId()).orElseThrow().fileEncoding());
        assertEquals(submissions.details(utf8.submissionId()).orElseThrow().fullText(),
                submissions.details(gbk.submissionId()).orElseThrow().fullText());
        assertEquals(submissions.analysis(utf8.submissionId()).orElseThrow(),
                submissions.analysis(gbk.submissionId()).orElseThrow());
    }

    @Test
    void bad_files_are_refused_in_chinese_and_store_nothing() {
        List<Long> before = counts();
        byte[] big = new byte[11 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        List<Object[]> cases = List.of(
                new Object[]{"empty.txt", new byte[0]},
                new Object[]{"blank.txt", "  \n\t \n".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"report.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)},
                new Object[]{"report.doc", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}},
                new Object[]{"binary.txt", new byte[]{0, 1, 2, 3, 0, 0, (byte) 0xFF, 0}},
                new Object[]{"page.txt", "<!DOCTYPE html><html><body>工作汇报</body></html>".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"huge.txt", big},
                new Object[]{"broken.docx", new byte[]{'P', 'K', 3, 4, 0, 0}});
        for (Object[] c : cases) {
            UserInputException e = assertThrows(UserInputException.class,
                    () -> imports.importFile(UnitId.of(finance), PeriodId.of(openPeriod), (String) c[0], (byte[]) c[1]), (String) c[0]);
            assertEquals(true, e.getMessage().chars().anyMatch(ch -> ch >= 0x4E00 && ch <= 0x9FFF),
                    c[0] + " → " + e.getMessage());
        }
        assertEquals(before, counts());
    }

    @Test
    void script_in_a_report_is_kept_as_plain_text() {
        String text = TestData.seed(SEED_002).replace("根据要求", "<script>alert(1)</script>根据要求");
        ImportResult r = imports.importFile(UnitId.of(finance), PeriodId.of(openPeriod), "x.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(true, submissions.details(r.submissionId()).orElseThrow().fullText()
                .startsWith("<script>alert(1)</script>根据要求"));
    }

    @Test
    void a_reporter_submits_only_for_its_own_unit_and_not_after_the_deadline_without_an_exception() {
        signIn(Role.REPORTER, finance);
        byte[] bytes = seed(SEED_002, StandardCharsets.UTF_8);
        assertEquals("您只能为本单位报送材料", assertThrows(UserInputException.class,
                () -> imports.importFile(UnitId.of(police), PeriodId.of(openPeriod), "x.txt", bytes)).getMessage());
        assertEquals("已过2022年度报送截止日期（2023-01-15）；如需补报，请联系系统管理员开放补报",
                assertThrows(UserInputException.class, () -> imports.importFile(UnitId.of(finance), PeriodId.of(pastPeriod), "x.txt", bytes))
                        .getMessage());

        signIn(Role.ADMIN, null);
        submissions.grantLateSubmission(UnitId.of(finance), PeriodId.of(pastPeriod), "单位系统故障，经批准补报");
        signIn(Role.REPORTER, finance);
        ImportResult late = imports.importFile(UnitId.of(finance), PeriodId.of(pastPeriod), "x.txt", bytes);
        // a 2023 report filed for 2022年度 also gets a year-mismatch flag
        assertEquals("已导入第1版（逾期报送），发现3项质量提示", late.message());
        assertEquals(true, submissions.details(late.submissionId()).orElseThrow().late());
    }

    @Test
    void an_assessor_may_still_collect_a_late_report_and_it_is_marked_late() {
        ImportResult r = imports.importFile(UnitId.of(police), PeriodId.of(pastPeriod), "x.txt", seed(SEED_002, StandardCharsets.UTF_8));
        assertEquals(true, submissions.details(r.submissionId()).orElseThrow().late());
    }

    @Test
    void returned_reports_are_resubmitted_and_accepted_ones_are_locked_for_the_reporter() {
        byte[] bytes = seed(SEED_002, StandardCharsets.UTF_8);
        ImportResult v1 = imports.importFile(UnitId.of(finance), PeriodId.of(openPeriod), "v1.txt", bytes);
        SubmissionDetails d1 = submissions.details(v1.submissionId()).orElseThrow();
        assertEquals("请填写退回修改的原因", assertThrows(UserInputException.class,
                () -> submissions.returnForRevision(d1.id(), d1.version(), " ")).getMessage());
        submissions.returnForRevision(d1.id(), d1.version(), "请补充问题整改情况");
        assertEquals(SubmissionStatus.RETURNED, submissions.details(d1.id()).orElseThrow().status());
        assertThrows(UserInputException.class, () -> submissions.accept(d1.id(), d1.version() + 1));

        signIn(Role.REPORTER, finance);
        ImportResult v2 = imports.importFile(UnitId.of(finance), PeriodId.of(openPeriod), "v2.txt",
                (TestData.seed(SEED_002) + "\n整改完成3条。").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, v2.versionNo());

        signIn(Role.ASSESSOR, null);
        SubmissionDetails d2 = submissions.details(v2.submissionId()).orElseThrow();
        submissions.accept(d2.id(), d2.version());
        assertEquals("该材料已被他人处理，请刷新后再操作。", assertThrows(UserInputException.class,
                () -> submissions.returnForRevision(d2.id(), d2.version(), "重复操作")).getMessage());

        signIn(Role.REPORTER, finance);
        assertEquals("本单位该期材料已被接收；如需更换，请联系考核人员退回后再报送", assertThrows(UserInputException.class,
                () -> imports.importFile(UnitId.of(finance), PeriodId.of(openPeriod), "v3.txt", "新内容 2023年上半年".getBytes(StandardCharsets.UTF_8)))
                .getMessage());
    }
}
