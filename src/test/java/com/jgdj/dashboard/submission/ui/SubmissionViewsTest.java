package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.SubmissionRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SubmissionViewsTest extends KaribuTest {

    long h1;
    long annual;
    long league;
    long finance;
    long seedSubmission;

    @BeforeEach
    void reports() {
        long mass = data.category("群团组织", 5);
        long economy = data.category("经济部门", 2);
        league = data.unit("团市委机关党总支", mass, "党总支", "王晓明", true);
        finance = data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        h1 = data.period(2023, "H1", LocalDate.of(2023, 7, 10), "CLOSED");
        annual = data.period(2023, "ANNUAL", LocalDate.of(2024, 1, 15), "OPEN");
        seedSubmission = data.submission(league, h1, TestData.seed("001_54c52abd9ec97c98.txt"),
                "团市委机关党总支-2023年上半年.txt", false, "ACCEPTED");
        data.submission(finance, h1, "市财政局 2023年上半年工作汇报", "财政局.txt", true, "ACCEPTED");
        data.submission(finance, annual, 1, false, "旧版本", "财政局-年度-v1.txt", false, "RETURNED");
        data.submission(finance, annual, 2, true, "<script>alert('x')</script>新版本", "财政局-年度-v2.txt",
                false, "SUBMITTED");
    }

    @SuppressWarnings("unchecked")
    private List<String> listed() {
        Grid<SubmissionRow> grid = _get(Grid.class);
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i))
                .map(r -> r.unitName() + "|" + r.periodName() + "|" + r.versionNo()).toList();
    }

    @Test
    void the_list_shows_the_latest_version_of_each_report_newest_period_first() {
        login(Role.ASSESSOR);
        open("submissions");
        // newest period first, then units by pinyin (市 shì before 团 tuán)
        assertEquals(List.of("市财政局机关党委|2023年度|2", "市财政局机关党委|2023年上半年|1",
                "团市委机关党总支|2023年上半年|1"), listed());
        assertEquals("共 3 份", _get(SubmissionListView.class).total.getText());
    }

    @Test
    void filters_come_from_the_url_and_apply_to_the_list() {
        login(Role.ASSESSOR);
        open("submissions?period=" + h1 + "&unit=" + finance);
        assertEquals(List.of("市财政局机关党委|2023年上半年|1"), listed());
        SubmissionListView view = _get(SubmissionListView.class);
        assertEquals("2023年上半年", view.periodFilter.getValue().name());
        assertEquals("市财政局机关党委", view.unitFilter.getValue().name());
    }

    @Test
    void a_reporter_lists_only_its_own_unit() {
        login(Role.REPORTER, league);
        open("submissions");
        assertEquals(List.of("团市委机关党总支|2023年上半年|1"), listed());
    }

    @Test
    void the_submission_page_shows_the_seed_report_text_exactly() {
        login(Role.LEADER);
        open("submissions/" + seedSubmission);
        assertEquals(TestData.seed("001_54c52abd9ec97c98.txt"), _get(SubmissionDetailsView.class).reader.displayedText());
    }

    @Test
    void report_text_is_shown_as_text_never_as_html() {
        login(Role.LEADER);
        open("submissions");
        long id = ((SubmissionRow) _get(_get(Grid.class), 0)).id();
        open("submissions/" + id);
        ReportReader reader = _get(SubmissionDetailsView.class).reader;
        assertEquals("<script>alert('x')</script>新版本", reader.displayedText());
        // text nodes only, no innerHTML anywhere: the browser cannot run the script
        assertEquals(true, reader.rendersOnlyText());
    }

    @Test
    void a_reporter_cannot_open_another_units_report() {
        login(Role.REPORTER, finance);
        open("submissions/" + seedSubmission);
        assertEquals("未找到该工作汇报，或您无权查看。", _get(Span.class, s -> s.withText("未找到该工作汇报，或您无权查看。")).getText());
    }
}
