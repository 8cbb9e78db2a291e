package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.base.ui.Uploads;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The upload view fed the way the upload handler feeds it ({@link Uploads#receive}): the three steps run on this
 * (UI) thread here; the browser journey is {@code e2e.UploadIT}.
 */
class SubmissionUploadViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnitService units;

    long finance;
    long openPeriod;

    @BeforeEach
    void units() {
        long economy = data.category("经济部门", 2);
        finance = data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        data.unit("市公安局党委", economy, "党委", "李建国", true);
        data.period(2023, "H1", LocalDate.of(2023, 7, 10), "CLOSED");
        openPeriod = data.period(2024, "H1", LocalDate.of(2100, 7, 10), "OPEN");
        data.period(2024, "ANNUAL", LocalDate.of(2101, 1, 15), "OPEN");
    }

    private List<String> results(SubmissionUploadView view) {
        return IntStream.range(0, _size(view.results)).mapToObj(i -> _get(view.results, i))
                .map(r -> r.fileName + "|" + (r.unit == null ? "" : r.unit.name()) + "|" + r.result + "|" + r.message)
                .toList();
    }

    private long submissions() {
        return jdbc.sql("select count(*) from submission").query(Long.class).single();
    }

    private static byte[] seed(String name) {
        return TestData.seed(name).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_period_is_the_open_one_with_the_earliest_deadline_and_each_says_what_it_is() {
        login(Role.ASSESSOR);
        open("upload");
        SubmissionUploadView view = _get(SubmissionUploadView.class);
        assertEquals("2024年上半年", view.period.getValue().name());
        assertEquals(List.of("2024年度（报送中）", "2024年上半年（报送中）", "2023年上半年（已关闭）"),
                view.period.getListDataView().getItems().map(view.period.getItemLabelGenerator()).toList());
    }

    @Test
    void bulk_import_matches_units_by_file_name_and_reports_each_file_with_progress() {
        login(Role.ASSESSOR);
        open("upload");
        SubmissionUploadView view = _get(SubmissionUploadView.class);
        byte[] report = seed("000_a5485f2fc4053fed.txt");
        assertNull(view.uploadBulk("市财政局机关党委-2024年上半年工作汇报.txt", report));
        assertNull(view.uploadBulk("第二季度材料.txt", report));
        String refusal = view.uploadBulk("市公安局党委汇报.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        List<String> rows = results(view);
        assertEquals("市财政局机关党委-2024年上半年工作汇报.txt|市财政局机关党委|已导入|已导入第1版", rows.get(0));
        assertEquals("第二季度材料.txt||待指定单位|未能从文件名识别单位，请在“单位”栏选择单位后导入", rows.get(1));
        assertEquals("市公安局党委汇报.pdf|市公安局党委|未导入|" + refusal, rows.get(2));
        assertEquals("无法读取该 PDF 文件：文件不是 PDF 或不完整（可能上传中断），请重新导出后上传，或上传 Word 格式的原文",
                refusal);
        assertEquals("已处理 3 / 3 个文件", view.progressText.getText());
        assertEquals(1.0, view.progress.getValue());
        assertEquals(List.of("assessor|市公安局党委|" + openPeriod + "|市公安局党委汇报.pdf：" + refusal),
                jdbc.sql("""
                        select a.username || '|' || u.name || '|' || a.period_id || '|' || a.detail
                          from audit_log a join org_unit u on u.id = a.unit_id
                         where a.action = 'SUBMISSION_REFUSED' order by a.id""").query(String.class).list());

        // the unrecognised file waits with its bytes until a unit is picked
        BulkImportRow waiting = _get(view.results, 1);
        waiting.unit = units.option(finance).orElseThrow();
        view.importRow(waiting);
        assertEquals("第二季度材料.txt|市财政局机关党委|内容未变，未重复导入|与已报送的第1版内容相同，未重复导入",
                results(view).get(1));
        assertEquals(1, submissions());
    }

    @Test
    void two_files_with_the_same_name_in_one_bulk_import_are_two_files() {
        login(Role.ASSESSOR);
        open("upload");
        SubmissionUploadView view = _get(SubmissionUploadView.class);
        String name = "市财政局机关党委-2024年上半年工作汇报.txt";
        assertNull(view.uploadBulk(name, seed("002_b63cea5c73303fb1.txt")));
        assertNull(view.uploadBulk(name, seed("003_b657f9cf63a3437d.txt")));

        assertEquals(List.of(name + "|市财政局机关党委|已导入|已导入第1版，发现2项质量提示",
                        name + "|市财政局机关党委|已导入|已导入第2版，发现57项质量提示"), results(view));
        assertEquals(List.of(1, 2), jdbc.sql("select version_no from submission where unit_id = ? order by version_no")
                .param(finance).query(Integer.class).list());
        assertEquals("已处理 2 / 2 个文件", view.progressText.getText());
    }

    @Test
    void a_single_upload_opens_the_parsed_report() {
        login(Role.REPORTER, finance);
        open("upload");
        SubmissionUploadView view = _get(SubmissionUploadView.class);
        assertNull(view.uploadSingle("汇报.txt", seed("002_b63cea5c73303fb1.txt")));

        SubmissionDetailsView reader = _get(SubmissionDetailsView.class);
        assertEquals(2, reader.flags.getListDataView().getItemCount());
        assertEquals(1, submissions());
    }

    @Test
    void a_refused_file_says_why_in_chinese_and_stores_nothing() {
        login(Role.REPORTER, finance);
        open("upload");
        SubmissionUploadView view = _get(SubmissionUploadView.class);
        byte[] binary = new byte[600];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7);
        }
        String refusal = view.uploadSingle("汇报.txt", binary);

        assertEquals("文件内容不是文本（可能是二进制文件或改了扩展名）。仅支持 .docx、.doc、.wps、带文字层的 .pdf 和 .txt（UTF-8 或 GB18030 编码）文件", refusal);
        assertEquals("汇报.txt：未导入。" + refusal, view.singleResult.getText());
        assertEquals(0, submissions());
        assertEquals("文件是空的（0 字节），请检查后重新上传", view.uploadSingle("空.txt", new byte[0]));
        assertEquals("文件内容是网页（HTML），不是纯文本。请把正文复制到 Word 另存为 .docx，或另存为 .txt。仅支持 .docx、.doc、.wps、带文字层的 .pdf 和 .txt（UTF-8 或 GB18030 编码）文件",
                view.uploadSingle("网页.txt", "<!DOCTYPE html><html><body>工作汇报</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, submissions());
        // each refusal is audited: who, for which unit and period, the file and the reason, and nothing else stored
        String where = "reporter|" + finance + "|" + openPeriod + "|submission|null|";
        assertEquals(List.of(where + "汇报.txt：" + refusal, where + "空.txt：文件是空的（0 字节），请检查后重新上传",
                        where + "网页.txt：文件内容是网页（HTML），不是纯文本。请把正文复制到 Word 另存为 .docx，或另存为 .txt。仅支持 .docx、.doc、.wps、带文字层的 .pdf 和 .txt（UTF-8 或 GB18030 编码）文件"),
                jdbc.sql("""
                        select username || '|' || unit_id || '|' || period_id || '|' || entity_type || '|'
                               || coalesce(entity_id::text, 'null') || '|' || detail
                          from audit_log where action = 'SUBMISSION_REFUSED' order by id""").query(String.class).list());
    }

    @Test
    void the_size_is_checked_on_the_server_while_the_file_streams_in() throws IOException {
        login(Role.ASSESSOR);
        List<String> refused = new ArrayList<>();
        List<Integer> received = new ArrayList<>();
        Uploads uploads = new Uploads(1, 100).onReceive(file -> bytes -> () -> received.add(bytes.length))
                .onRefused((file, message) -> refused.add(file.fileName() + "：" + message));

        // the browser said nothing of the size (-1): the 101st byte stops it
        assertEquals("文件过大，超过 100 字节 的上限",
                uploads.receive(UI.getCurrent(), "大.txt", -1, new ByteArrayInputStream(new byte[5000])));
        // the declared size is refused before anything is read
        assertEquals("文件过大（4.9 KB），超过 100 字节 的上限",
                uploads.receive(UI.getCurrent(), "大.txt", 5000, new ByteArrayInputStream(new byte[0])));
        assertNull(uploads.receive(UI.getCurrent(), "小.txt", -1, new ByteArrayInputStream(new byte[100])));
        assertEquals(List.of("大.txt：文件过大，超过 100 字节 的上限", "大.txt：文件过大（4.9 KB），超过 100 字节 的上限"), refused);
        assertEquals(List.of(100), received);
    }

    @Test
    void a_reporter_uploads_only_for_its_own_unit_and_sees_no_bulk_import() {
        login(Role.REPORTER, finance);
        open("upload");
        SubmissionUploadView view = _get(SubmissionUploadView.class);
        assertEquals("市财政局机关党委", view.unit.getValue().name());
        assertEquals(true, view.unit.isReadOnly());
        assertFalse(view.results.isAttached());
    }

    @Test
    void the_period_parameter_chooses_the_period() {
        login(Role.REPORTER, finance);
        open("upload?period=" + openPeriod);
        assertEquals(openPeriod, _get(SubmissionUploadView.class).period.getValue().id());
    }
}
