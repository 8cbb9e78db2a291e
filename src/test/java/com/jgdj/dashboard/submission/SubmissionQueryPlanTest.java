package com.jgdj.dashboard.submission;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.StatementLog;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.bench.PlanCheck;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The submission list's statements carry only the filters that are set, so the generic plan a pooled prepared
 * statement switches to after five executions is the custom plan of the values (no {@code $1 IS NULL OR …} filter
 * estimated at one row).
 */
@IntegrationTest
class SubmissionQueryPlanTest {

    @Autowired
    SubmissionService submissions;
    @Autowired
    SubmissionImportService imports;
    @Autowired
    TestData data;
    @Autowired
    DataSource dataSource;

    long period;
    long finance;

    @BeforeEach
    void setUp() {
        long economy = data.category("经济部门", 1);
        finance = data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        long police = data.unit("市公安局党委", economy, "党委", "李建国", true);
        period = data.period(2023, "H1", LocalDate.of(2100, 7, 10), "OPEN");
        SignIn.as(Role.ADMIN);
        imports.importFile(UnitId.of(finance), PeriodId.of(period), "a.txt",
                TestData.seed("000_a5485f2fc4053fed.txt").getBytes(StandardCharsets.UTF_8));
        imports.importFile(UnitId.of(police), PeriodId.of(period), "b.txt",
                TestData.seed("002_b63cea5c73303fb1.txt").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_unfiltered_first_page_keeps_its_plan_after_many_executions() throws SQLException {
        List<String> sql = withoutSettle(StatementLog.during(() -> {
            assertEquals(2, submissions.list(SubmissionFilter.NONE, 0, 50).size());
            assertEquals(2, submissions.count(SubmissionFilter.NONE));
        }));
        assertEquals(2, sql.size(), sql.toString());
        assertSamePlans(sql.get(0), 0, 50, 0, 50);
        assertSamePlans(sql.get(1));
    }

    @Test
    void a_period_and_status_filter_keep_their_plan_after_many_executions() throws SQLException {
        SubmissionFilter filter = new SubmissionFilter(period, null, SubmissionStatus.SUBMITTED);
        List<String> sql = withoutSettle(StatementLog.during(() -> {
            assertEquals(2, submissions.list(filter, 0, 50).size());
            assertEquals(2, submissions.count(filter));
        }));
        assertSamePlans(sql.get(0), period, period, "SUBMITTED", 0, 50, 0, 50);
        assertSamePlans(sql.get(1), period, "SUBMITTED");
    }

    @Test
    void a_liaisons_scope_keeps_its_plan_after_many_executions() throws SQLException {
        SignIn.as(Role.REPORTER, finance);
        List<String> sql = StatementLog.during(() -> assertEquals(1, submissions.list(SubmissionFilter.NONE, 0, 50)
                .size()));
        assertSamePlans(sql.getFirst(), finance, 0, 50, 0, 50);
    }

    @Test
    void pages_run_latest_period_first_then_by_unit_name_across_periods() {
        long later = data.period(2023, "ANNUAL", LocalDate.of(2100, 12, 31), "OPEN");
        imports.importFile(UnitId.of(finance), PeriodId.of(later), "c.txt",
                TestData.seed("004_969c881548c22722.txt").getBytes(StandardCharsets.UTF_8));
        List<String> all = submissions.list(SubmissionFilter.NONE, 0, 50).stream()
                .map(r -> r.periodYear() + r.periodKind().name() + ":" + r.unitName()).toList();
        assertEquals(List.of("2023ANNUAL:市财政局机关党委", "2023H1:市财政局机关党委", "2023H1:市公安局党委"), all);
        assertEquals(List.of("2023H1:市财政局机关党委"), submissions.list(SubmissionFilter.NONE, 1, 1).stream()
                .map(r -> r.periodYear() + r.periodKind().name() + ":" + r.unitName()).toList());
        assertEquals(List.of("2023H1:市公安局党委"), submissions.list(new SubmissionFilter(period, null, null), 1, 5)
                .stream().map(r -> r.periodYear() + r.periodKind().name() + ":" + r.unitName()).toList());
    }

    @Test
    void the_check_tells_an_optional_filter_written_as_is_null_or_apart() throws SQLException {
        String nullable = "select count(*) from submission s where s.latest"
                + " and (cast(? as bigint) is null or s.period_id = ?)";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        String custom = PlanCheck.customPlan(connection, nullable, ps -> {
            ps.setObject(1, null, java.sql.Types.BIGINT);
            ps.setObject(2, null, java.sql.Types.BIGINT);
        });
        String generic = PlanCheck.genericPlan(connection, nullable, java.util.Arrays.asList(null, null));
        assertEquals(false, PlanCheck.shape(custom).equals(PlanCheck.shape(generic)), custom + "\n" + generic);
        assertEquals(true, generic.contains("IS NULL"), generic);
    }

    /**
     * The test's transaction writes, so the count first settles the summaries it reads (the application's read-only
     * transactions send no such statement).
     */
    private static List<String> withoutSettle(List<String> sql) {
        return sql.stream().filter(s -> !s.equals("select period_summaries_settle()")).toList();
    }

    /**
     * Runs the statement ten times on one connection (past the driver's switch to a server-prepared statement after
     * five), then compares the generic plan (forced) with the custom plan of the same values.
     */
    private void assertSamePlans(String sql, Object... values) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int run = 0; run < 10; run++) {
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.executeQuery().close();
            }
        }
        String custom = PlanCheck.customPlan(connection, sql, ps -> {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
        });
        String generic = PlanCheck.genericPlan(connection, sql, java.util.Arrays.asList(values));
        assertEquals(PlanCheck.shape(custom), PlanCheck.shape(generic), sql);
    }
}
