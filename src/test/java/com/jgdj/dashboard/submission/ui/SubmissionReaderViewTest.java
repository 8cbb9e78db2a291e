package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.StatementLog;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.ImportResult;
import com.jgdj.dashboard.submission.SubmissionImportService;
import com.jgdj.dashboard.submission.ReportAnalysis;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionReaderViewTest extends KaribuTest {

    @Autowired
    SubmissionImportService imports;

    long finance;
    long period;

    @BeforeEach
    void units() {
        long economy = data.category("经济部门", 2);
        finance = data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        data.unit("市公安局党委", economy, "党委", "李建国", true);
        period = data.period(2023, "H1", LocalDate.of(2100, 7, 10), "OPEN");
    }

    private long importSeed(String name) {
        login(Role.ASSESSOR);
        ImportResult r = imports.importFile(UnitId.of(finance), PeriodId.of(period), "市财政局机关党委-2023年上半年.txt",
                TestData.seed(name).getBytes(StandardCharsets.UTF_8));
        return r.submissionId();
    }

    @Test
    void the_reader_marks_counts_and_flags_and_outlines_the_headings() {
        long id = importSeed("002_b63cea5c73303fb1.txt");
        open("submissions/" + id);
        SubmissionDetailsView view = _get(SubmissionDetailsView.class);
        List<String> marks = view.reader.marks();
        assertTrue(marks.contains("hl-metric:30项"), marks.toString());
        assertEquals(35, marks.stream().filter(m -> m.startsWith("hl-metric")).count());
        assertEquals(List.of("hl-flag:三是", "hl-flag:六是"),
                marks.stream().filter(m -> m.startsWith("hl-flag")).toList());
        assertEquals(3, view.reader.outline.getTreeData().getRootItems().size());
        // 一、 with its five （一）…（五）, then 二、 and 三、 ("一是…" items are not headings)
        assertEquals(8, _size(view.reader.outline));
    }

    @Test
    void opening_a_report_reads_its_text_once() {
        long id = importSeed("002_b63cea5c73303fb1.txt");
        List<String> statements = StatementLog.during(() -> open("submissions/" + id));
        assertEquals(1, StatementLog.count(statements, "full_text"), statements.toString());
        assertEquals(35, _get(SubmissionDetailsView.class).reader.marks().stream()
                .filter(m -> m.startsWith("hl-metric")).count());
    }

    @Test
    void clicking_a_flag_opens_the_text_at_its_evidence() {
        long id = importSeed("002_b63cea5c73303fb1.txt");
        open("submissions/" + id);
        SubmissionDetailsView view = _get(SubmissionDetailsView.class);
        view.tabs.setSelectedIndex(2);
        _clickItem(view.flags, 0);
        ReportAnalysis.FlagRow first = view.flags.getListDataView().getItem(0);
        assertEquals(first.startOffset(), view.reader.focusedOffset());
        assertEquals(view.readerTab, view.tabs.getSelectedTab());
    }

    @Test
    void a_link_with_an_offset_opens_the_report_at_that_place() {
        long id = importSeed("003_b657f9cf63a3437d.txt");
        open("submissions/" + id + "?at=120");
        assertEquals(120, _get(SubmissionDetailsView.class).reader.focusedOffset());
    }

    @Test
    void the_list_of_reports_shows_how_many_flags_each_has() {
        importSeed("003_b657f9cf63a3437d.txt");
        open("submissions");
        @SuppressWarnings("unchecked")
        Grid<com.jgdj.dashboard.submission.SubmissionRow> grid = _get(Grid.class);
        assertEquals(57, com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).flagCount());
    }
}
