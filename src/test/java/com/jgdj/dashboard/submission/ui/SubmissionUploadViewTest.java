package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SubmissionUploadViewTest extends KaribuTest {

    long finance;

    @BeforeEach
    void units() {
        long economy = data.category("经济部门", 2);
        finance = data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        data.unit("市公安局党委", economy, "党委", "李建国", true);
        data.period(2024, "H1", LocalDate.of(2100, 7, 10), "OPEN");
    }

    private List<String> results(SubmissionUploadView view) {
        return IntStream.range(0, _size(view.results)).mapToObj(i -> _get(view.results, i))
                .map(r -> r.fileName + "|" + (r.unit == null ? "" : r.unit.name()) + "|" + r.result + "|" + r.message)
                .toList();
    }

    @Test
    void bulk_import_matches_units_by_file_name_and_reports_each_file() {
        login(Role.ASSESSOR);
        open("upload");
        SubmissionUploadView view = _get(SubmissionUploadView.class);
        assertEquals("2024年上半年", view.period.getValue().name());
        byte[] report = TestData.seed("000_a5485f2fc4053fed.txt").getBytes(StandardCharsets.UTF_8);
        view.importBulkFile("市财政局机关党委-2024年上半年工作汇报.txt", report);
        view.importBulkFile("第二季度材料.txt", report);
        view.importBulkFile("市公安局党委汇报.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        List<String> rows = results(view);
        assertEquals("市财政局机关党委-2024年上半年工作汇报.txt|市财政局机关党委|已导入|已导入第1版", rows.get(0));
        assertEquals("第二季度材料.txt||待指定单位|未能从文件名识别单位，请在右侧选择单位后导入", rows.get(1));
        assertEquals(true, rows.get(2).startsWith("市公安局党委汇报.pdf|市公安局党委|未导入|"), rows.get(2));
        assertEquals(true, rows.get(2).contains(".txt") && rows.get(2).contains(".docx"), rows.get(2));
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
}
