package com.jgdj.dashboard.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BenchFiguresTest {

    @Test
    void median_and_p95_of_nanoseconds_in_milliseconds() {
        Timings odd = Timings.of(new long[]{5_000_000, 1_000_000, 3_000_000});
        assertEquals(3.0, odd.median());
        assertEquals(5.0, odd.p95());
        long[] twenty = new long[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = (20 - i) * 1_000_000L;
        }
        assertEquals(10.5, Timings.of(twenty).median());
        assertEquals(19.0, Timings.of(twenty).p95());
    }

    @Test
    void sizes_are_named_in_thousands_of_submissions() {
        assertEquals("10k", Bench.thousands(10_000));
        assertEquals("100k", Bench.thousands(100_000));
        assertEquals("2.5k", Bench.thousands(2_500));
        assertEquals("160", Bench.thousands(160));
    }

    @Test
    void jdbc_placeholders_become_numbered_outside_quotes() {
        assertEquals("select '?', \"a?\" from t where x = $1 and y = $2 limit $3",
                PlanCheck.numbered("select '?', \"a?\" from t where x = ? and y = ? limit ?"));
    }

    @Test
    void a_plan_names_the_big_tables_it_scans_whole() {
        String plan = """
                Limit
                  ->  Sort
                        ->  Hash Join
                              ->  Parallel Seq Scan on submission s
                              ->  Seq Scan on org_unit u
                              ->  Seq Scan on assessment a
                              ->  Index Scan using x on submission s2
                """;
        assertEquals(List.of("submission", "assessment"), PlanCheck.seqScans(plan));
        assertEquals(List.of(), PlanCheck.seqScans("Index Only Scan using submission_period_idx on submission s"));
    }

    @Test
    void generic_and_custom_plans_compare_by_shape() {
        String custom = """
                Index Scan using submission_period_idx on submission s
                  Index Cond: (period_id = '12'::bigint)
                  Filter: ((status)::text = 'SUBMITTED'::text)
                """;
        String generic = """
                Index Scan using submission_period_idx on submission s
                  Index Cond: (period_id = $1)
                  Filter: ((status)::text = $2)
                """;
        String nullable = """
                Index Scan using submission_period_idx on submission s
                  Filter: (($1 IS NULL) OR (period_id = $1))
                """;
        assertEquals(PlanCheck.shape(custom), PlanCheck.shape(generic));
        assertEquals("""
                Index Scan using submission_period_idx on submission s
                  Filter: ((? IS NULL) OR (period_id = ?))
                """, PlanCheck.shape(nullable));
    }

    @Test
    void a_statement_label_keeps_its_start_and_its_from_clause() {
        assertEquals("#2 select count(*) from submission s where s.latest",
                SizeRun.label(2, "select count(*) from submission s\n where s.latest"));
        assertEquals("#1 select s.id, s.unit_id, u.name as unit_n… from submission s join org_unit u on u.id = s.unit_id where …",
                SizeRun.label(1, """
                        select s.id, s.unit_id, u.name as unit_name, p.year
                        from submission s join org_unit u on u.id = s.unit_id where s.latest and x and y and z"""));
    }
}
