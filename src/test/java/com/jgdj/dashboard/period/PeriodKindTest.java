package com.jgdj.dashboard.period;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodKindTest {

    @Test
    void a_period_is_named_by_its_year_and_kind() {
        assertEquals("2024年上半年", PeriodKind.H1.periodName(2024));
        assertEquals("2024年度", PeriodKind.ANNUAL.periodName(2024));
    }

    @Test
    void sql_computes_the_same_name_from_a_period_row() {
        assertEquals("p.year || case p.kind when 'H1' then '年上半年' when 'ANNUAL' then '年度' end",
                PeriodKind.sqlName("p"));
        assertEquals("year || case kind when 'H1' then '年上半年' when 'ANNUAL' then '年度' end",
                PeriodKind.sqlName(""));
    }
}
