package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.parsing.FormatFixtures;
import com.jgdj.dashboard.parsing.IndicatorDictionary;
import com.jgdj.dashboard.parsing.ParseContext;
import com.jgdj.dashboard.parsing.ParsedReport;
import com.jgdj.dashboard.parsing.ReportFileReader;
import com.jgdj.dashboard.parsing.ReportPeriod;
import com.jgdj.dashboard.parsing.ReportReadException;
import com.jgdj.dashboard.parsing.ReportTextParser;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A liaison uploads a PDF with a text layer and a Word 97 .doc through the real file input and sees each parsed;
 * a scanned PDF is refused in Chinese and nothing is stored. The files are built by {@link FormatFixtures}.
 */
class UploadFormatsIT extends BrowserTest {

    private static final String REPORTER_UNIT = "团市委机关党总支";

    private static final String REPORT = """
            团市委机关党总支2026年度党建工作总结
            一、主要工作
            （一）抓好理论学习
            全年召开理论学习中心组学习12次，开展专题研讨4次。
            （二）加强组织建设
            开展主题党日活动24次，发展党员2名。
            二、存在的问题
            一是学习的深度还不够。
            三、下一步工作打算
            2027年，我们将持续深化理论武装。
            """;

    @Autowired
    JdbcClient jdbc;

    private long lastIdBefore;

    @BeforeEach
    void rememberTheLastReport() {
        lastIdBefore = jdbc.sql("select coalesce(max(id), 0) from submission").query(Long.class).single();
    }

    /** The journeys after this one (UploadIT) expect the liaison's report for the open period still to be due. */
    @AfterEach
    void removeTheUploadedReports() {
        jdbc.sql("delete from submission where id > ?").param(lastIdBefore).update();
    }

    private long submissions() {
        return jdbc.sql("select count(*) from submission s join org_unit u on u.id = s.unit_id where u.name = ?")
                .param(REPORTER_UNIT).query(Long.class).single();
    }

    private static ParsedReport parse(byte[] bytes, String fileName) {
        try {
            return new ReportTextParser().parse(new ReportFileReader().read(bytes, fileName).text(),
                    ParseContext.of(IndicatorDictionary.loadDefault(), new ReportPeriod(2026, ReportPeriod.Kind.ANNUAL)));
        } catch (ReportReadException e) {
            throw new AssertionError(e.detail(), e);
        }
    }

    private void upload(String name, String mime, byte[] bytes) {
        page.locator("#single-upload input[type=file]").setInputFiles(new FilePayload(name, mime, bytes));
    }

    private void assertParsed(ParsedReport parsed, int version, String fileType) {
        page.waitForURL(Pattern.compile(".*/submissions/\\d+$"));
        settle();
        assertThat(page.locator("vaadin-tab").nth(1)).hasText("统计数据（" + parsed.metrics().size() + "）");
        assertThat(page.locator("vaadin-tab").nth(2)).hasText("质量提示（" + parsed.flags().size() + "）");
        assertThat(page.locator(".meta-list")).containsText("第" + version + "版（最新）");
        assertThat(page.locator(".meta-list")).containsText(fileType);
        assertThat(page.locator(".report-outline")).containsText("一、主要工作");
        assertThat(page.locator(".report-outline")).containsText("（二）加强组织建设");
        assertThat(page.locator("#report-text .hl-metric").first()).hasText(parsed.text()
                .substring(parsed.metrics().getFirst().quantityStart(), parsed.metrics().getFirst().end()));
    }

    @Test
    void a_liaison_uploads_a_pdf_and_a_doc_and_a_scan_is_refused_in_chinese() {
        long before = submissions();
        signIn("reporter");
        open("/upload");
        assertThat(page.locator("vaadin-vertical-layout, main").first())
                .containsText("支持 .docx、.doc、.wps、带文字层的 .pdf 和 .txt（UTF-8 或 GB18030 编码）文件");

        byte[] pdf = FormatFixtures.pdf(REPORT);
        upload("团市委机关党总支2026年度党建工作总结.pdf", "application/pdf", pdf);
        ParsedReport fromPdf = parse(pdf, "a.pdf");
        assertEquals(List.of("一、主要工作", "（一）抓好理论学习", "（二）加强组织建设", "二、存在的问题", "三、下一步工作打算"),
                fromPdf.headings().stream().map(h -> h.marker() + h.title()).toList());
        assertParsed(fromPdf, 1, "pdf");
        shot("pdf-report");

        open("/upload");
        byte[] doc = FormatFixtures.doc(REPORT.replace("24次", "26次"));
        upload("团市委机关党总支2026年度党建工作总结.doc", "application/msword", doc);
        assertParsed(parse(doc, "a.doc"), 2, "doc");
        shot("doc-report");

        open("/upload");
        upload("扫描件.pdf", "application/pdf", FormatFixtures.scannedPdf());
        String refusal = "该 PDF 没有文字层（可能是扫描件），请上传 Word 或文本格式的原文";
        assertThat(page.locator("#single-upload-result")).hasText("扫描件.pdf：未导入。" + refusal);
        assertThat(page.locator("vaadin-notification-card").last()).containsText(refusal);
        shot("scan-refused");
        assertEquals(before + 2, submissions());
        assertEquals(List.of("pdf", "doc"), jdbc.sql("""
                select s.file_type from submission s join org_unit u on u.id = s.unit_id
                where u.name = ? order by s.id desc limit 2""").param(REPORTER_UNIT).query(String.class).list().reversed());
    }
}
