package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.parsing.IndicatorDictionary;
import com.jgdj.dashboard.parsing.ParseContext;
import com.jgdj.dashboard.parsing.ParsedReport;
import com.jgdj.dashboard.parsing.ReportFileReader;
import com.jgdj.dashboard.parsing.ReportPeriod;
import com.jgdj.dashboard.parsing.ReportReadException;
import com.jgdj.dashboard.parsing.ReportText;
import com.jgdj.dashboard.parsing.ReportTextParser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploading through the real {@code <input type=file>} of the upload component: a liaison's journey from its home
 * (its unit page) through three reports in three formats and a refused file; a bulk import with a file that waits
 * for its unit; two files with the same name in one bulk import. What the pages show is checked against what the
 * parser makes of the same bytes. The demo's open period on the test day is 2026年度 (deadline 2027-01-15).
 */
class UploadIT extends BrowserTest {

    private static final String REPORTER_UNIT = "团市委机关党总支";
    private static final ReportPeriod OPEN_PERIOD = new ReportPeriod(2026, ReportPeriod.Kind.ANNUAL);
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    JdbcClient jdbc;

    private long unitId(String name) {
        return jdbc.sql("select id from org_unit where name = ?").param(name).query(Long.class).single();
    }

    private long openPeriodId() {
        return jdbc.sql("select id from reporting_period where year = 2026 and kind = 'ANNUAL'").query(Long.class).single();
    }

    private long submissions(long unitId) {
        return jdbc.sql("select count(*) from submission where unit_id = ?").param(unitId).query(Long.class).single();
    }

    private int latestVersion(long unitId) {
        return jdbc.sql("select coalesce(max(version_no), 0) from submission where unit_id = ? and period_id = ?")
                .params(unitId, openPeriodId()).query(Integer.class).single();
    }

    /** What the product's reader and parser make of a file for the open period. */
    private static ParsedReport parse(byte[] bytes, String fileName) {
        try {
            ReportText text = new ReportFileReader().read(bytes, fileName);
            return new ReportTextParser().parse(text.text(),
                    ParseContext.of(IndicatorDictionary.loadDefault(), OPEN_PERIOD));
        } catch (ReportReadException e) {
            throw new AssertionError(e.detail(), e);
        }
    }

    private static String refusalOf(byte[] bytes, String fileName) {
        try {
            new ReportFileReader().read(bytes, fileName);
            throw new AssertionError(fileName + " was not refused");
        } catch (ReportReadException e) {
            return e.userMessage();
        }
    }

    private static String imported(int version, ParsedReport parsed) {
        return "已导入第" + version + "版" + (parsed.flags().isEmpty() ? "" : "，发现" + parsed.flags().size() + "项质量提示");
    }

    /** A short 年度 report written as Word would, built with POI. */
    static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : List.of(
                    "团市委机关党总支2026年度党建工作总结",
                    "2026年，团市委机关党总支坚持以习近平新时代中国特色社会主义思想为指导，全面加强机关党的建设。",
                    "一、主要工作",
                    "（一）加强理论武装",
                    "全年召开理论学习中心组学习12次，开展专题研讨4次，举办读书班2期。",
                    "（二）严格组织生活",
                    "各支部召开组织生活会3次，开展主题党日活动24次，发展党员2名。",
                    "二、存在的问题",
                    "一是理论学习的深度还不够；二是个别支部活动形式比较单一。",
                    "三、下一步工作打算",
                    "2027年，我们将持续深化理论武装，推动机关党建工作再上新台阶。")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void upload(String uploadId, FilePayload... files) {
        page.locator("#" + uploadId + " input[type=file]").setInputFiles(files);
    }

    /** The rendered rows of a grid (light-DOM cell contents in row order), each as its cells' texts. */
    private List<List<String>> gridRows(String selector) {
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) page.locator(selector).evaluate("""
                grid => Array.from(grid.shadowRoot.querySelectorAll('#items tr'))
                    .filter(tr => !tr.hidden && tr.index !== undefined)
                    .sort((a, b) => a.index - b.index)
                    .map(tr => Array.from(tr.querySelectorAll('td')).map(td => {
                        const slot = td.querySelector('slot');
                        const cell = slot && slot.assignedElements()[0];
                        return cell ? cell.textContent.trim() : '';
                    }))""");
        return rows;
    }

    /** The reader shows what the parser made of the file: counts and flags in the tabs, the outline, the marks. */
    private void assertReader(ParsedReport parsed, int version, String fileDescription) {
        page.waitForURL(Pattern.compile(".*/submissions/\\d+$"));
        settle();
        assertThat(page.locator("vaadin-tab").nth(1)).hasText("统计数据（" + parsed.metrics().size() + "）");
        assertThat(page.locator("vaadin-tab").nth(2)).hasText("质量提示（" + parsed.flags().size() + "）");
        assertThat(page.locator(".meta-list")).containsText("第" + version + "版（最新）");
        assertThat(page.locator(".meta-list")).containsText(fileDescription);
        List<String> outline = gridRows(".report-outline").stream().map(r -> r.getFirst()).toList();
        List<String> headings = parsed.headings().stream().map(h -> h.marker() + h.title()).toList();
        assertTrue(outline.size() >= Math.min(3, headings.size()), outline.toString());
        assertEquals(headings.subList(0, outline.size()), outline);
        assertThat(page.locator("#report-text .hl-metric").first()).hasText(parsed.text()
                .substring(parsed.metrics().getFirst().quantityStart(), parsed.metrics().getFirst().end()));
        if (!parsed.flags().isEmpty()) {
            page.locator("vaadin-tab").nth(2).click();
            settle();
            assertThat(page.locator("vaadin-tabsheet")).containsText(parsed.flags().getFirst().message());
            page.locator("vaadin-tab").nth(0).click();
            settle();
        }
    }

    @Test
    void a_liaison_sees_what_is_due_uploads_three_formats_and_gets_a_chinese_refusal() {
        long unit = unitId(REPORTER_UNIT);
        long period = openPeriodId();
        signIn("reporter");
        assertThat(page).hasURL(url("/units/" + unit));
        Locator task = page.locator("#unit-task");
        assertThat(task).containsText("报送任务");
        assertThat(task).containsText("2026年度（报送中）");
        assertThat(task).containsText("报送截止：2027年1月15日 24:00（北京时间），还剩 45 天");
        assertThat(page.locator("#unit-task-status")).hasText("未报送");
        shot("home-what-is-due");

        button("上传工作汇报").click();
        page.waitForURL(url("/upload?period=" + period));
        settle();
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("报送期"))).hasValue("2026年度（报送中）");
        shot("upload-page");

        // 1. a UTF-8 .txt (a real report)
        byte[] utf8 = TestData.seed("002_b63cea5c73303fb1.txt").getBytes(StandardCharsets.UTF_8);
        upload("single-upload", new FilePayload("团市委机关党总支-2026年度工作汇报.txt", "text/plain", utf8));
        assertReader(parse(utf8, "a.txt"), 1, "txt · UTF-8");
        shot("utf8-report");

        // 2. a GB18030 .txt
        open("/upload");
        byte[] gb = TestData.seed("003_b657f9cf63a3437d.txt").getBytes(Charset.forName("GB18030"));
        upload("single-upload", new FilePayload("团市委机关党总支工作汇报（GB18030）.txt", "text/plain", gb));
        assertReader(parse(gb, "a.txt"), 2, "txt · GB18030");
        shot("gb18030-report");

        // 3. a .docx
        open("/upload");
        byte[] docx = docx();
        upload("single-upload", new FilePayload("团市委机关党总支2026年度党建工作总结.docx", DOCX, docx));
        assertReader(parse(docx, "a.docx"), 3, "docx");
        shot("docx-report");

        // 4. a binary file is refused in Chinese and nothing is stored
        open("/upload");
        long before = submissions(unit);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 9);
        }
        String refusal = refusalOf(binary, "x.txt");
        assertEquals("文件内容不是文本（可能是二进制文件或改了扩展名）。仅支持 .docx、.doc、.wps、带文字层的 .pdf 和 .txt（UTF-8 或 GB18030 编码）文件", refusal);
        upload("single-upload", new FilePayload("工作汇报.txt", "text/plain", binary));
        assertThat(page.locator("#single-upload-result")).hasText("工作汇报.txt：未导入。" + refusal);
        page.locator("#single-upload-result").scrollIntoViewIfNeeded();
        assertThat(page.locator("vaadin-notification-card").last()).containsText(refusal);
        assertThat(page).hasURL(url("/upload"));
        shot("binary-refused");
        assertEquals(before, submissions(unit));

        // home again: the report of the open period is there, version 3, waiting for the assessors
        open("/");
        assertThat(page).hasURL(url("/units/" + unit));
        assertThat(page.locator("#unit-task-status")).hasText("已报送");
        assertThat(page.locator("#unit-task")).containsText("第3版");
        assertThat(page.locator("#unit-task")).containsText("等待考核人员审核");
        shot("home-submitted");
    }

    @Test
    void an_assessor_bulk_imports_three_files_and_picks_the_unit_of_the_unrecognised_one() {
        long finance = unitId("市财政局机关党委");
        long police = unitId("市公安局党委");
        long education = unitId("市教育局机关党委");
        int financeBefore = latestVersion(finance);
        int policeBefore = latestVersion(police);
        int educationBefore = latestVersion(education);
        byte[] financeReport = TestData.seed("004_969c881548c22722.txt").getBytes(StandardCharsets.UTF_8);
        byte[] policeReport = docx();
        byte[] unnamed = TestData.seed("002_b63cea5c73303fb1.txt").getBytes(StandardCharsets.UTF_8);

        signIn("assessor");
        open("/upload");
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("报送期"))).hasValue("2026年度（报送中）");
        shot("bulk-page");
        upload("bulk-upload",
                new FilePayload("市财政局机关党委-2026年度工作汇报.txt", "text/plain", financeReport),
                new FilePayload("市公安局党委-2026年度工作总结.docx", DOCX, policeReport),
                new FilePayload("第二季度材料.txt", "text/plain", unnamed));
        assertThat(page.locator("#bulk-progress")).hasText("已处理 3 / 3 个文件");
        settle();
        page.locator("#bulk-results").scrollIntoViewIfNeeded();
        shot("bulk-imported");

        List<List<String>> rows = new ArrayList<>(gridRows("#bulk-results"));
        rows.sort(Comparator.comparing(r -> r.getFirst()));
        assertEquals(List.of(
                List.of("市公安局党委-2026年度工作总结.docx", "市公安局党委", "已导入",
                        parse(policeReport, "a.docx").flags().size() + "项",
                        imported(policeBefore + 1, parse(policeReport, "a.docx"))),
                List.of("市财政局机关党委-2026年度工作汇报.txt", "市财政局机关党委", "已导入",
                        parse(financeReport, "a.txt").flags().size() + "项",
                        imported(financeBefore + 1, parse(financeReport, "a.txt"))),
                List.of("第二季度材料.txt", "导入", "待指定单位", "", "未能从文件名识别单位，请在“单位”栏选择单位后导入")), rows);

        // the unrecognised file waits for its unit
        Locator pick = page.locator("#bulk-results vaadin-combo-box");
        pick.locator("input").fill("市教育局");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("市教育局机关党委")).click();
        page.locator("#bulk-results vaadin-button", new Page.LocatorOptions().setHasText("导入")).click();
        settle();
        shot("unit-picked");
        List<String> picked = gridRows("#bulk-results").stream().filter(r -> r.getFirst().equals("第二季度材料.txt"))
                .findFirst().orElseThrow();
        assertEquals(List.of("第二季度材料.txt", "市教育局机关党委", "已导入",
                parse(unnamed, "a.txt").flags().size() + "项",
                imported(educationBefore + 1, parse(unnamed, "a.txt"))), picked);
        assertEquals(educationBefore + 1, latestVersion(education));
        assertEquals(financeBefore + 1, latestVersion(finance));
        assertEquals(policeBefore + 1, latestVersion(police));

        // a refused file: its row and its entry in the upload's file list say why, in Chinese
        long stored = jdbc.sql("select count(*) from submission").query(Long.class).single();
        byte[] html = "<!DOCTYPE html><html><body><p>市教育局机关党委工作汇报</p></body></html>".getBytes(StandardCharsets.UTF_8);
        String refusal = refusalOf(html, "a.txt");
        upload("bulk-upload", new FilePayload("市教育局机关党委-网页.txt", "text/plain", html));
        assertThat(page.locator("#bulk-progress")).hasText("已处理 4 / 4 个文件");
        settle();
        assertEquals(List.of("市教育局机关党委-网页.txt", "市教育局机关党委", "未导入", "", refusal),
                gridRows("#bulk-results").getLast());
        assertThat(page.locator("#bulk-upload vaadin-upload-file", new Page.LocatorOptions()
                .setHasText("市教育局机关党委-网页.txt"))).containsText(refusal);
        page.locator("#bulk-results").scrollIntoViewIfNeeded();
        shot("refused-in-bulk");
        assertEquals(stored, jdbc.sql("select count(*) from submission").query(Long.class).single());
    }

    @Test
    void two_files_with_the_same_name_in_one_bulk_import_both_arrive() {
        long culture = unitId("市文化广电和旅游局机关党委");
        int before = latestVersion(culture);
        String name = "市文化广电和旅游局机关党委-2026年度工作汇报.txt";
        byte[] first = TestData.seed("002_b63cea5c73303fb1.txt").getBytes(StandardCharsets.UTF_8);
        byte[] second = TestData.seed("004_969c881548c22722.txt").getBytes(StandardCharsets.UTF_8);

        signIn("admin");
        open("/upload");
        upload("bulk-upload", new FilePayload(name, "text/plain", first), new FilePayload(name, "text/plain", second));
        assertThat(page.locator("#bulk-progress")).hasText("已处理 2 / 2 个文件");
        settle();
        page.locator("#bulk-results").scrollIntoViewIfNeeded();
        shot("same-name");

        List<List<String>> rows = gridRows("#bulk-results");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(List.of(name, name), rows.stream().map(r -> r.getFirst()).toList());
        // the two arrive in either order: versions N+1 and N+2, one for each content
        ParsedReport a = parse(first, "a.txt");
        ParsedReport b = parse(second, "a.txt");
        Set<String> messages = Set.copyOf(rows.stream().map(r -> r.get(4)).toList());
        assertTrue(messages.equals(Set.of(imported(before + 1, a), imported(before + 2, b)))
                || messages.equals(Set.of(imported(before + 1, b), imported(before + 2, a))), messages.toString());
        assertEquals(before + 2, latestVersion(culture));
    }
}
