package com.jgdj.dashboard.ranking;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.AssessmentFixture;
import com.jgdj.dashboard.security.Role;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class RankingExportServiceTest {

    @Autowired
    RankingExportService exports;
    @Autowired
    InterviewService interviews;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    RankingFixture f;
    String before;

    @BeforeEach
    void setUp() {
        f = new RankingFixture(data, jdbc);
        f.grade(0, f.h1, "90", "EXCELLENT", "PUBLISHED");
        f.grade(1, f.h1, "85", "GOOD", "PUBLISHED");
        f.grade(2, f.h1, "80", "GOOD", "PUBLISHED");
        f.grade(3, f.h1, "70", "FAIR", "PUBLISHED");
        f.grade(4, f.h1, "95", "EXCELLENT", "PUBLISHED");
        f.grade(0, f.annual, "86", "GOOD", "PUBLISHED");
        f.grade(1, f.annual, "88.5", "GOOD", "PUBLISHED");
        f.grade(2, f.annual, "88.5", "GOOD", "PUBLISHED");
        f.grade(3, f.annual, "58", "POOR", "PUBLISHED");
        f.grade(4, f.annual, "92", "EXCELLENT", "PUBLISHED");
        AssessmentFixture.signIn(Role.LEADER);
        before = now();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String now() {
        // China time, whatever zone the JVM runs in (the build runs it in UTC)
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(LocalDateTime.now(ZoneId.of("Asia/Shanghai")));
    }

    /** Every cell of the first sheet as "TYPE:value", rows in order, trailing empty cells dropped. */
    static List<List<String>> cells(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> result = new ArrayList<>();
            try (var rows = workbook.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    while (result.size() < row.getRowNum() - 1) {
                        result.add(List.of());
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null || cell.getType() == CellType.EMPTY ? ""
                                : cell.getType() == CellType.NUMBER
                                ? "N:" + ((BigDecimal) cell.getValue()).stripTrailingZeros().toPlainString()
                                : "S:" + cell.getRawValue());
                    }
                    result.add(cells);
                }
            }
            return result;
        }
    }

    private void assertTime(List<String> row) {
        assertEquals("S:导出时间", row.get(0));
        // the minute the export started, or the next one if the clock turned meanwhile
        String written = row.get(1).substring(2);
        assertTrue(written.equals(before) || written.equals(now()), written);
    }

    @Test
    void the_ranking_sheet_has_the_period_filters_time_chinese_headers_and_numbers_as_numbers() throws IOException {
        ExportFile file = exports.ranking(new RankingFilter(f.annual, null, false));
        assertEquals("2023年度考核排名.xlsx", file.fileName());
        List<List<String>> cells = cells(file.bytes());
        assertEquals(List.of("S:2023年度考核排名"), cells.get(0));
        assertEquals(List.of("S:报送期", "S:2023年度"), cells.get(1));
        assertEquals(List.of("S:筛选条件", "S:全部类别，总排名"), cells.get(2));
        assertTime(cells.get(3));
        assertEquals(List.of(), cells.get(4));
        assertEquals(List.of("S:名次", "S:并列", "S:单位", "S:类别", "S:总分", "S:等次", "S:较上期变化", "S:百分位", "S:状态"),
                cells.get(5));
        assertEquals(List.of("N:1", "S:否", "S:市委组织部机关党委", "S:综合部门", "N:92", "S:优秀", "N:0", "N:100", "S:已通报"),
                cells.get(6));
        assertEquals(List.of("N:2", "S:是", "S:市财政局机关党委", "S:经济部门", "N:88.5", "S:良好", "N:2", "N:50", "S:已通报"),
                cells.get(7));
        assertEquals(List.of("N:2", "S:是", "S:市发展改革委机关党委", "S:经济部门", "N:88.5", "S:良好", "N:1", "N:50", "S:已通报"),
                cells.get(8));
        assertEquals(List.of("N:4", "S:否", "S:市委办公室机关党委", "S:综合部门", "N:86", "S:良好", "N:-2", "N:25", "S:已通报"),
                cells.get(9));
        assertEquals(List.of("N:5", "S:否", "S:市商务局机关党委", "S:经济部门", "N:58", "S:较差", "N:0", "N:0", "S:已通报"),
                cells.get(10));
        assertEquals(11, cells.size());
    }

    @Test
    void a_category_ranking_names_the_category_in_the_filters() throws IOException {
        List<List<String>> cells = cells(exports.ranking(new RankingFilter(f.annual, f.economy, true)).bytes());
        assertEquals(List.of("S:筛选条件", "S:经济部门，分类排名"), cells.get(2));
        assertEquals(List.of("N:1", "S:是", "S:市财政局机关党委", "S:经济部门", "N:88.5", "S:良好", "N:1", "N:50", "S:已通报"),
                cells.get(6));
        assertEquals(9, cells.size());
    }

    @Test
    void a_category_ranking_gives_the_percentile_within_the_category() throws IOException {
        // 综合部门: 市委组织部机关党委 92 above 市委办公室机关党委 86; city-wide they stand at 100 and 25
        List<List<String>> cells = cells(exports.ranking(new RankingFilter(f.annual, f.general, true)).bytes());
        assertEquals(List.of("N:1", "S:否", "S:市委组织部机关党委", "S:综合部门", "N:92", "S:优秀", "N:0", "N:100", "S:已通报"),
                cells.get(6));
        assertEquals(List.of("N:2", "S:否", "S:市委办公室机关党委", "S:综合部门", "N:86", "S:良好", "N:0", "N:0", "S:已通报"),
                cells.get(7));
    }

    @Test
    void the_grade_list_is_ordered_by_grade_then_unit() throws IOException {
        List<List<String>> cells = cells(exports.gradeList(f.annual).bytes());
        assertEquals(List.of("S:2023年度考核等次名单"), cells.get(0));
        assertEquals(List.of("S:序号", "S:单位", "S:类别", "S:等次", "S:总分", "S:状态"), cells.get(5));
        assertEquals(List.of(
                        List.of("N:1", "S:市委组织部机关党委", "S:综合部门", "S:优秀", "N:92", "S:已通报"),
                        List.of("N:2", "S:市财政局机关党委", "S:经济部门", "S:良好", "N:88.5", "S:已通报"),
                        List.of("N:3", "S:市发展改革委机关党委", "S:经济部门", "S:良好", "N:88.5", "S:已通报"),
                        List.of("N:4", "S:市委办公室机关党委", "S:综合部门", "S:良好", "N:86", "S:已通报"),
                        List.of("N:5", "S:市商务局机关党委", "S:经济部门", "S:较差", "N:58", "S:已通报")),
                cells.subList(6, 11));
    }

    @Test
    void the_interview_list_carries_the_recorded_talk() throws IOException {
        interviews.record(new InterviewForm(UnitId.of(f.units[3]), PeriodId.of(f.annual), null, LocalDate.of(2024, 3, 1), "约谈书记", true));
        List<List<String>> cells = cells(exports.interviews(f.annual).bytes());
        assertEquals(List.of("S:2023年度双约谈名单"), cells.get(0));
        assertEquals(List.of("S:序号", "S:单位", "S:党组织书记", "S:总分", "S:等次", "S:名次", "S:列入原因", "S:约谈日期",
                "S:约谈情况", "S:取消评优资格"), cells.get(5));
        assertEquals(List.of("N:1", "S:市商务局机关党委", "S:李四", "N:58", "S:较差", "N:5", "S:较差", "S:2024-03-01",
                "S:约谈书记", "S:是"), cells.get(6));
        assertEquals(7, cells.size());
    }
}
