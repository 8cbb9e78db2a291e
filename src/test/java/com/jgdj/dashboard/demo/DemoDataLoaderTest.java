package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.FixedClock;
import com.jgdj.dashboard.base.db.EmbeddedDatabase;
import com.jgdj.dashboard.base.db.OwnerCleanup;
import com.jgdj.dashboard.period.Deadlines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DemoDataLoaderTest {

    /** 12 units in the standard periods: 2023年上半年 … 2026年度 on the test day, 2026-12-01. */
    private static final DemoScale SMALL = DemoScale.of(12, DemoScale.SINCE_SEEDS);
    private static final LocalDate DAY = FixedClock.DAY;
    private static final long SEED = 7L;
    private static final int COPIES_IN_STANDARD = 15;
    private static final String ROWS = """
            select unit_id, period_id, version_no, latest, title, md5(full_text) as text_md5, file_name, file_type,
                   file_encoding, file_size, file_sha256, submitted_at, submitted_by, status, late, status_reason
            from submission order by unit_id, period_id, version_no""";

    @Autowired
    DemoDataLoader loader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    EmbeddedDatabase database;

    // the loader commits: leave the shared test cluster as empty as it was found
    @BeforeEach
    @AfterEach
    void empty_database() {
        OwnerCleanup.run(database, owner -> owner.sql("truncate submission, app_user, audit_log, org_unit, "
                + "reporting_period, category, app_setting restart identity cascade").update());
    }

    @Test
    void a_small_scale_writes_exact_row_counts() {
        DemoLoadResult result = loader.load(SMALL, SEED, DAY);

        assertThat(counts()).isEqualTo(Map.of("category", 5, "org_unit", 12, "reporting_period", 8,
                "submission", 90, "app_setting", 5));
        assertThat(result.rows()).isEqualTo(5 + 12 + 8 + 90);
        assertThat(jdbc.queryForList("""
                select p.year || p.kind as period, s.status, s.latest, count(*) filter (where s.late) as late, count(*) as n
                from submission s join reporting_period p on p.id = s.period_id
                group by 1, 2, 3 order by 1, 2, 3""")).containsExactly(
                row("2023ANNUAL", "ACCEPTED", true, 3, 12),
                row("2023H1", "ACCEPTED", true, 1, 12),
                row("2023H1", "RETURNED", false, 0, 1),
                row("2024ANNUAL", "ACCEPTED", true, 1, 11),
                row("2024H1", "ACCEPTED", true, 1, 12),
                row("2025ANNUAL", "ACCEPTED", true, 0, 12),
                row("2025H1", "ACCEPTED", true, 0, 12),
                row("2026ANNUAL", "SUBMITTED", true, 0, 6),
                row("2026H1", "ACCEPTED", true, 1, 11),
                row("2026H1", "RETURNED", false, 0, 1));
    }

    @Test
    void the_periods_end_with_the_one_open_today_half_submitted_and_nothing_is_dated_today_or_later() {
        loader.load(SMALL, SEED, DAY);

        assertThat(jdbc.queryForList("select year || kind || ' ' || status from reporting_period "
                + "where deadline >= ?", String.class, DAY)).containsExactly("2026ANNUAL OPEN");
        assertThat(count("select count(*) from reporting_period where status = 'CLOSED' and deadline < '2026-12-01'"))
                .isEqualTo(7);
        // the open period: half of the 12 units so far, none late (its deadline is ahead)
        assertThat(count("""
                select count(*) from submission s join reporting_period p on p.id = s.period_id
                where p.status = 'OPEN' and s.latest and not s.late""")).isEqualTo(6);
        assertThat(jdbc.queryForObject("select max(submitted_at) < ? from submission", Boolean.class,
                DAY.atStartOfDay(Deadlines.ZONE).toOffsetDateTime())).isTrue();
        // the same seed on another day places the periods around that day
        empty_database();
        loader.load(SMALL, SEED, LocalDate.of(2027, 1, 16));
        assertThat(jdbc.queryForList("select year || kind || ' ' || status from reporting_period order by deadline "
                + "desc limit 2", String.class)).containsExactly("2027H1 OPEN", "2026ANNUAL CLOSED");
    }

    @Test
    void units_and_periods_are_the_catalogue_and_the_latest_periods() {
        loader.load(SMALL, SEED, DAY);

        assertThat(jdbc.queryForList("select name from category order by sort_order", String.class))
                .containsExactly("综合部门", "经济部门", "政法部门", "社会事业部门", "群团组织");
        assertThat(jdbc.queryForList("select name from org_unit order by id", String.class))
                .containsExactlyElementsOf(DemoUnits.first(12).stream().map(DemoUnit::name).toList());
        assertThat(count("select count(distinct category_id) from org_unit")).isEqualTo(5);
        assertThat(jdbc.queryForList("select year || kind || ' ' || deadline || ' ' || status from reporting_period "
                + "order by deadline", String.class)).containsExactly(
                "2023H1 2023-07-10 CLOSED", "2023ANNUAL 2024-01-15 CLOSED",
                "2024H1 2024-07-10 CLOSED", "2024ANNUAL 2025-01-15 CLOSED",
                "2025H1 2025-07-10 CLOSED", "2025ANNUAL 2026-01-15 CLOSED",
                "2026H1 2026-07-10 CLOSED", "2026ANNUAL 2027-01-15 OPEN");
        assertThat(jdbc.queryForMap("select * from org_unit where name = '市公安局党委'"))
                .containsEntry("short_name", "市公安局").containsEntry("org_type", "党委");
    }

    @Test
    void the_units_get_their_parents_a_committee_over_three_branches_and_each_numbered_branch_under_its_department() {
        loader.load(DemoScale.of(41, DemoScale.SINCE_SEEDS), SEED, DAY);
        assertThat(jdbc.queryForList("""
                select u.name || ' < ' || p.name from org_unit u join org_unit p on p.id = u.parent_id order by u.id""",
                String.class)).containsExactly("市档案馆党支部 < 市委办公室机关党委", "市信访局机关党支部 < 市委办公室机关党委",
                "市医疗保障局机关党支部 < 市委办公室机关党委", "团市委第1党支部 < 团市委机关党总支");
    }

    @Test
    void every_unit_and_period_has_at_most_one_latest_version_and_superseded_versions_were_returned() {
        loader.load(SMALL, SEED, DAY);

        assertThat(count("""
                select count(*) from (select unit_id, period_id from submission
                                      group by unit_id, period_id having count(*) filter (where latest) <> 1) x"""))
                .isZero();
        assertThat(count("select count(*) from submission where not latest and (status <> 'RETURNED' "
                + "or status_reason is null or version_no <> 1)")).isZero();
        assertThat(count("select count(*) from submission where latest and version_no = 2")).isEqualTo(2);
    }

    @Test
    void the_seed_reports_are_stored_byte_identical_for_their_units_in_2023_h1() throws IOException {
        loader.load(SMALL, SEED, DAY);

        Map<String, String> expected = Map.of(
                "000_a5485f2fc4053fed.txt", "团市委机关党总支 v1 RETURNED",
                "001_54c52abd9ec97c98.txt", "团市委机关党总支 v2 ACCEPTED",
                "002_b63cea5c73303fb1.txt", "市财政局机关党委 v1 ACCEPTED",
                "003_b657f9cf63a3437d.txt", "市委政法委机关党支部 v1 ACCEPTED",
                "004_969c881548c22722.txt", "市直机关工委机关党支部 v1 ACCEPTED");
        for (var seed : expected.entrySet()) {
            byte[] resource = testResource("/seeds/" + seed.getKey());
            List<String> stored = jdbc.queryForList("""
                    select u.name || ' v' || s.version_no || ' ' || s.status from submission s
                    join org_unit u on u.id = s.unit_id join reporting_period p on p.id = s.period_id
                    where p.year = 2023 and p.kind = 'H1' and encode(sha256(s.file_bytes), 'hex') = ?
                      and s.file_sha256 = ? and s.file_size = ?""", String.class,
                    DemoSubmissionPlanner.sha256(resource), DemoSubmissionPlanner.sha256(resource), resource.length);
            assertThat(stored).as(seed.getKey()).containsExactly(seed.getValue());
        }
        assertThat(jdbc.queryForObject("select title from submission where file_sha256 = ?", String.class,
                DemoSubmissionPlanner.sha256(testResource("/seeds/003_b657f9cf63a3437d.txt"))))
                .isEqualTo("2023年全面从严治党工作情况汇报");
    }

    @Test
    void late_flags_follow_the_deadline_day_in_china_time() {
        loader.load(SMALL, SEED, DAY);

        assertThat(count("""
                select count(*) from submission s join reporting_period p on p.id = s.period_id
                where s.late <> (s.submitted_at >= (p.deadline + 1)::timestamp at time zone 'Asia/Shanghai')"""))
                .isZero();
        assertThat(count("select count(*) from submission where late")).isEqualTo(7);
        // 003 came four days after the 2023-07-10 deadline
        assertThat(jdbc.queryForObject("select late from submission where file_sha256 = ?", Boolean.class,
                DemoSubmissionPlanner.sha256(DemoSeeds.ALL.get(3).bytes()))).isTrue();
    }

    @Test
    void stored_files_are_consistent_with_their_metadata() {
        loader.load(SMALL, SEED, DAY);

        assertThat(count("select count(*) from submission where encode(sha256(file_bytes), 'hex') <> file_sha256 "
                + "or file_size <> octet_length(file_bytes)")).isZero();
        // the stored text is what the reader and parser make of the stored bytes, as for an upload
        var parser = new com.jgdj.dashboard.parsing.ReportTextParser();
        var dictionary = com.jgdj.dashboard.parsing.IndicatorDictionary.loadDefault();
        jdbc.query("select file_bytes, file_name, full_text, file_encoding from submission", rs -> {
            try {
                var read = new com.jgdj.dashboard.parsing.ReportFileReader()
                        .read(rs.getBytes(1), rs.getString(2));
                assertThat(read.encoding()).isEqualTo(rs.getString(4));
                assertThat(parser.parse(read.text(),
                        com.jgdj.dashboard.parsing.ParseContext.of(dictionary)).text())
                        .isEqualTo(rs.getString(3));
            } catch (com.jgdj.dashboard.parsing.ReportReadException e) {
                throw new AssertionError(e.detail(), e);
            }
        });
        assertThat(count("select count(*) from submission where parsed_at is null")).isZero();
        assertThat(count("select count(*) from submission where file_encoding = 'GB18030'")).isEqualTo(3);
        assertThat(jdbc.queryForList("select distinct submitted_by from submission where unit_id = 2", String.class))
                .containsExactly("czj_lly");
        assertThat(jdbc.queryForObject("select file_name from submission s join reporting_period p "
                        + "on p.id = s.period_id where s.unit_id = 2 and p.kind = 'ANNUAL' and p.year = 2023",
                String.class)).isEqualTo("市财政局机关党委-2023年度工作汇报.txt");
    }

    @Test
    void the_load_is_recorded_in_app_setting() {
        loader.load(SMALL, SEED, DAY);

        assertThat(jdbc.queryForMap("select string_agg(key || '=' || value, ',' order by key) as s from app_setting"))
                .containsEntry("s", "demo_data=true,demo_date=2026-12-01,demo_planted_copies=PEER:1-3;PREVIOUS:4-4,demo_scale=12x(2023H1..),demo_seed=7");
    }

    @Test
    void the_same_seed_loads_the_same_rows_with_jdbc_batches_and_with_copy() {
        DemoDataLoader batchLoader = new DemoDataLoader(jdbc, new JdbcBatchSubmissionStore(jdbc));
        transactions.executeWithoutResult(status -> batchLoader.load(SMALL, SEED, DAY));
        List<Map<String, Object>> viaBatches = jdbc.queryForList(ROWS);
        List<String> files = jdbc.queryForList("select encode(file_bytes, 'base64') from submission "
                + "order by unit_id, period_id, version_no", String.class);
        empty_database();
        DemoDataLoader copyLoader = new DemoDataLoader(jdbc, new CopySubmissionStore(dataSource));
        transactions.executeWithoutResult(status -> copyLoader.load(SMALL, SEED, DAY));

        assertThat(viaBatches).hasSize(90);
        assertThat(jdbc.queryForList(ROWS)).isEqualTo(viaBatches);
        assertThat(jdbc.queryForList("select encode(file_bytes, 'base64') from submission "
                + "order by unit_id, period_id, version_no", String.class)).isEqualTo(files);
    }

    @Test
    void the_standard_scale_loads_40_units_from_2023_h1_to_the_open_period() {
        DemoLoadResult result = loader.load(DemoScale.STANDARD, DemoDataInitializer.DEFAULT_SEED, DAY);

        assertThat(result.submissions()).isEqualTo(287);
        assertThat(counts()).isEqualTo(Map.of("category", 5, "org_unit", 40, "reporting_period", 8,
                "submission", 287, "app_setting", 5));
        assertThat(jdbc.queryForList("""
                select p.year || p.kind as period, count(*) filter (where s.latest) as latest,
                       count(*) filter (where s.late and s.latest) as late, count(*) filter (where not s.latest) as old
                from submission s join reporting_period p on p.id = s.period_id
                group by 1 order by 1""")).containsExactly(
                Map.of("period", "2023ANNUAL", "latest", 35L, "late", 7L, "old", 0L),
                Map.of("period", "2023H1", "latest", 37L, "late", 5L, "old", 4L),
                Map.of("period", "2024ANNUAL", "latest", 37L, "late", 6L, "old", 2L),
                Map.of("period", "2024H1", "latest", 35L, "late", 3L, "old", 2L),
                Map.of("period", "2025ANNUAL", "latest", 37L, "late", 1L, "old", 2L),
                Map.of("period", "2025H1", "latest", 34L, "late", 5L, "old", 1L),
                Map.of("period", "2026ANNUAL", "latest", 20L, "late", 0L, "old", 0L),
                Map.of("period", "2026H1", "latest", 38L, "late", 6L, "old", 3L));
        // the demo liaison's unit has not yet submitted for the open period
        assertThat(count("""
                select count(*) from submission s join org_unit u on u.id = s.unit_id
                join reporting_period p on p.id = s.period_id where u.name = '团市委机关党总支' and p.status = 'OPEN'"""))
                .isZero();
    }

    @Test
    void copied_paragraphs_come_from_reports_that_are_stored_in_the_same_period() {
        loader.load(DemoScale.STANDARD, DemoDataInitializer.DEFAULT_SEED, DAY);
        DemoReportComposer composer = new DemoReportComposer();
        List<DemoUnit> units = DemoUnits.standard();

        int copies = 0;
        for (DemoPeriod period : DemoPeriods.standard(DAY)) {
            long seed = DemoDataInitializer.DEFAULT_SEED;
            for (ComposedReport report : composer.composePeriod(units, period, seed,
                    i -> DemoSubmissionPlanner.storesComposedReport(units, i, period, seed))) {
                for (PlantedDefect defect : report.plantedDefects()) {
                    if (defect.kind() == PlantedDefect.Kind.COPIED_PARAGRAPH) {
                        copies++;
                        String source = jdbc.queryForObject("""
                                select replace(s.full_text, '##paidbegin##', '') from submission s
                                join org_unit u on u.id = s.unit_id join reporting_period p on p.id = s.period_id
                                where u.name = ? and p.year = ? and p.kind = ? and s.version_no = 1""",
                                String.class, defect.detail(), period.year(), period.kind());
                        assertThat(report.text().replace("##paidbegin##", "").lines()
                                .filter(line -> line.length() > 40 && source.contains(line)))
                                .as(report.fileName()).isNotEmpty();
                    }
                }
            }
        }
        assertThat(copies).isEqualTo(COPIES_IN_STANDARD);
    }

    private static Map<String, Object> row(String period, String status, boolean latest, long late, long n) {
        return Map.of("period", period, "status", status, "latest", latest, "late", late, "n", n);
    }

    private static byte[] testResource(String path) throws IOException {
        try (InputStream in = DemoDataLoaderTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private Map<String, Integer> counts() {
        return Map.of(
                "category", count("select count(*) from category"),
                "org_unit", count("select count(*) from org_unit"),
                "reporting_period", count("select count(*) from reporting_period"),
                "submission", count("select count(*) from submission"),
                "app_setting", count("select count(*) from app_setting"));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
