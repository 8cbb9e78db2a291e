package com.jgdj.dashboard.base.db;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.assessment.grading.Grade;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows to records as {@code JdbcClient.query(Record.class)} maps them, resolving each column once per result. */
@IntegrationTest
class RecordRowsTest {

    record Row(long unitId, String unitName, BigDecimal total, Grade grade, Integer rank, LocalDate heldOn) {
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void maps_underscored_and_camel_case_columns_with_the_same_conversions() {
        List<Row> rows = jdbc.sql("""
                select * from (values (7::bigint, '甲单位', 91.50::numeric, 'EXCELLENT', 1, date '2026-07-01', 'x'),
                                      (8::bigint, '乙单位', null, null, null, null, 'y'))
                    as v(unit_id, "unitName", total, grade, rank, held_on, unused)
                order by unit_id""")
                .query(RecordRows.of(Row.class)).list();
        assertEquals(List.of(
                new Row(7, "甲单位", new BigDecimal("91.50"), Grade.EXCELLENT, 1, LocalDate.of(2026, 7, 1)),
                new Row(8, "乙单位", null, null, null, null)), rows);
        assertEquals(rows, jdbc.sql("""
                select 7::bigint as unit_id, '甲单位' as unit_name, 91.50 as total, 'EXCELLENT' as grade, 1 as rank,
                       date '2026-07-01' as held_on
                union all select 8, '乙单位', null, null, null, null order by 1""")
                .query(Row.class).list());
    }

    @Test
    void a_missing_column_names_the_field_and_both_names_tried() {
        Exception e = assertThrows(Exception.class, () -> jdbc.sql("select 1::bigint as unit_id")
                .query(RecordRows.of(Row.class)).list());
        assertTrue(e.getMessage().contains("Row.unitName (unitName or unit_name)"), e.getMessage());
    }
}
