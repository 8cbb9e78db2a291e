package com.jgdj.dashboard.completeness;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.security.Role;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class CompletenessServiceTest {

    @Autowired
    CompletenessService service;
    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    long period;
    long economy;
    long finance;

    @BeforeEach
    void data() {
        long general = data.category("综合部门", 1);
        economy = data.category("经济部门", 2);
        finance = data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        long audit = data.unit("市审计局党组", economy, "党组", null, true);
        long tax = data.unit("市税务局党委", economy, "党委", null, true);
        long office = data.unit("市委办公室机关党委", general, "机关党委", null, true);
        data.unit("市档案馆党支部", general, "党支部", null, false);
        period = data.period(2024, "H1", LocalDate.of(2024, 7, 10), "CLOSED");
        data.submission(finance, period, "甲", "a.txt", false, "ACCEPTED");
        data.submission(audit, period, "乙", "b.txt", true, "ACCEPTED");
        data.submission(office, period, "丙", "c.txt", false, "ACCEPTED");
        SignIn.as(Role.LEADER);
    }

    @Test
    void categories_count_expected_received_on_time_late_and_missing() {
        assertEquals(List.of(
                        new CategoryCompletenessRow(service.byCategory(period).get(0).categoryId(), "综合部门", 1, 1, 1, 0, 0),
                        new CategoryCompletenessRow(economy, "经济部门", 3, 2, 1, 1, 1)),
                service.byCategory(period));
    }

    @Test
    void units_list_missing_first_then_late_then_on_time_and_filter_by_state() {
        List<String> all = service.units(new CompletenessFilter(period, null, null), 0, 50).stream()
                .map(r -> r.unitName() + "|" + r.state()).toList();
        assertEquals(List.of("市税务局党委|未报送", "市审计局党组|逾期", "市委办公室机关党委|按时", "市财政局机关党委|按时"), all);
        assertEquals(List.of("市税务局党委"), service.units(
                new CompletenessFilter(period, economy, CompletenessFilter.State.MISSING), 0, 50)
                .stream().map(UnitCompletenessRow::unitName).toList());
        assertEquals(1, service.count(new CompletenessFilter(period, null, CompletenessFilter.State.LATE)));
    }

    @Test
    void a_page_further_down_continues_the_same_order_across_states_and_every_state_is_counted() {
        data.unit("市商务局党组", economy, "党组", null, true);
        List<String> page = service.units(new CompletenessFilter(period, null, null), 1, 3).stream()
                .map(r -> r.unitName() + "|" + r.state()).toList();
        // 商务局 and 税务局 are missing (by name), then 审计局 late, then 办公室 (综合部门 first) and 财政局 on time
        assertEquals(List.of("市税务局党委|未报送", "市审计局党组|逾期", "市委办公室机关党委|按时"), page);
        assertEquals(List.of(5L, 2L, 1L, 2L, 4L), List.of(
                service.count(new CompletenessFilter(period, null, null)),
                service.count(new CompletenessFilter(period, null, CompletenessFilter.State.MISSING)),
                service.count(new CompletenessFilter(period, null, CompletenessFilter.State.LATE)),
                service.count(new CompletenessFilter(period, null, CompletenessFilter.State.ON_TIME)),
                service.count(new CompletenessFilter(period, economy, null))));
    }

    @Test
    void a_unit_reporting_or_switched_off_leaves_the_missing_and_a_new_period_misses_every_active_unit() {
        CompletenessFilter missing = new CompletenessFilter(period, null, CompletenessFilter.State.MISSING);
        long tax = jdbc.sql("select id from org_unit where name = '市税务局党委'").query(Long.class).single();
        data.submission(tax, period, "丁", "d.txt", true, "SUBMITTED");
        assertEquals(List.of(), service.units(missing, 0, 50));
        assertEquals(List.of("市审计局党组|逾期", "市税务局党委|逾期", "市委办公室机关党委|按时", "市财政局机关党委|按时"),
                service.units(new CompletenessFilter(period, null, null), 0, 50).stream()
                        .map(r -> r.unitName() + "|" + r.state()).toList());
        jdbc.sql("update org_unit set active = false where name = '市审计局党组'").update();
        long next = data.period(2024, "ANNUAL", LocalDate.of(2025, 1, 15), "OPEN");
        assertEquals(List.of("市委办公室机关党委", "市财政局机关党委", "市税务局党委"),
                service.units(new CompletenessFilter(next, null, null), 0, 50).stream()
                        .map(UnitCompletenessRow::unitName).toList());
        assertEquals(3, service.count(new CompletenessFilter(next, null, CompletenessFilter.State.MISSING)));
        jdbc.sql("update org_unit set active = true where name = '市审计局党组'").update();
        assertEquals(List.of("市委办公室机关党委", "市财政局机关党委", "市审计局党组", "市税务局党委"),
                service.units(new CompletenessFilter(next, null, null), 0, 50).stream()
                        .map(UnitCompletenessRow::unitName).toList());
    }

    @Test
    void a_reporter_sees_only_its_own_unit() {
        SignIn.as(Role.REPORTER, finance);
        assertEquals(1, service.count(new CompletenessFilter(period, null, null)));
    }

    @Test
    void the_export_carries_period_filter_time_and_numbers_as_numbers() throws IOException {
        byte[] xlsx = service.exportXlsx(new CompletenessFilter(period, null, null), "2024年上半年", "全部类别，全部单位");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("按类别汇总", "各单位报送情况"), sheets.stream().map(Sheet::getName).toList());
            List<Row> summary = sheets.get(0).read();
            // the reader skips empty rows: rows are addressed by their 0-based index in the sheet
            java.util.function.IntFunction<Row> s1 = i -> row(summary, i);
            assertEquals("2024年上半年 报送情况（按类别）", s1.apply(0).getCellText(0));
            assertEquals(List.of("报送期", "2024年上半年"), List.of(s1.apply(1).getCellText(0), s1.apply(1).getCellText(1)));
            assertEquals("导出时间", s1.apply(3).getCellText(0));
            assertEquals(List.of("单位类别", "应报单位", "已报送", "按时", "逾期", "未报送"),
                    s1.apply(5).stream().map(c -> c.getText()).toList());
            assertEquals("经济部门", s1.apply(7).getCellText(0));
            assertEquals(new BigDecimal("3"), s1.apply(7).getCellAsNumber(1).orElseThrow());
            assertEquals(new BigDecimal("1"), s1.apply(7).getCellAsNumber(5).orElseThrow());
            List<Row> units = sheets.get(1).read();
            java.util.function.IntFunction<Row> s2 = i -> row(units, i);
            assertEquals(List.of("筛选条件", "全部类别，全部单位"),
                    List.of(s2.apply(2).getCellText(0), s2.apply(2).getCellText(1)));
            assertEquals(List.of("市税务局党委", "经济部门", "未报送", ""),
                    List.of(s2.apply(6).getCellText(0), s2.apply(6).getCellText(1), s2.apply(6).getCellText(2),
                            s2.apply(6).getCellText(3)));
            assertEquals(9, units.size());
            assertEquals(10, units.getLast().getRowNum());
        }
    }

    private static Row row(List<Row> rows, int index) {
        return rows.stream().filter(r -> r.getRowNum() == index + 1).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + index));
    }
}
