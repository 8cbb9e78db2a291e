package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.security.UnitScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@IntegrationTest
class OverviewQueryTest {

    @Autowired
    OverviewQuery query;
    @Autowired
    TestData data;

    long a;
    long h1;

    @BeforeEach
    void data() {
        long cat = data.category("综合部门", 1);
        a = data.unit("单位甲", cat, "党委", null, true);
        long b = data.unit("单位乙", cat, "党委", null, true);
        long c = data.unit("单位丙", cat, "党委", null, true);
        data.unit("单位丁（已停用）", cat, "党委", null, false);
        h1 = data.period(2024, "H1", LocalDate.of(2024, 7, 10), "CLOSED");
        long annual = data.period(2024, "ANNUAL", LocalDate.of(2025, 1, 15), "OPEN");
        data.submission(a, h1, "甲", "a.txt", false, "ACCEPTED");
        data.submission(b, h1, "乙", "b.txt", true, "ACCEPTED");
        data.submission(c, h1, 1, false, "丙旧", "c1.txt", true, "RETURNED");
        data.submission(c, h1, 2, true, "丙新", "c2.txt", false, "SUBMITTED");
        data.submission(a, annual, "甲年度", "a2.txt", false, "SUBMITTED");
    }

    @Test
    void each_period_counts_expected_received_on_time_and_late_from_latest_versions() {
        List<PeriodOverviewRow> rows = query.periods(UnitScope.ALL);
        assertEquals(2, rows.size());
        PeriodOverviewRow annual = rows.get(0);
        assertEquals("2024年度", annual.periodName());
        assertEquals(List.of(3L, 1L, 1L, 0L, 2L),
                List.of(annual.expected(), annual.received(), annual.onTime(), annual.late(), annual.missing()));
        PeriodOverviewRow half = rows.get(1);
        assertEquals("2024年上半年", half.periodName());
        assertEquals(List.of(3L, 3L, 2L, 1L, 0L),
                List.of(half.expected(), half.received(), half.onTime(), half.late(), half.missing()));
    }

    @Test
    void a_reporter_scope_counts_only_its_unit() {
        List<PeriodOverviewRow> rows = query.periods(new UnitScope(a));
        assertEquals(List.of(1L, 1L, 1L), List.of(rows.get(1).expected(), rows.get(1).received(), rows.get(1).onTime()));
    }
}
