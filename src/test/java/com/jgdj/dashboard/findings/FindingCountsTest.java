package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.security.UnitScope;
import com.jgdj.dashboard.submission.ParsedReportStore;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The findings figures with the overview's filters, the stored plan deliveries behind them, and their export. Three
 * units in two categories: 甲局 (category 甲, below 上级局) plans three items in H1 and delivers two in the annual
 * report, and shares a suspicious pair with 丙局 (category 甲); 乙局 (category 乙, graded 良好) states 中心组学习4次
 * in its annual report after 6 in H1: below the annual minimum of 12 and below its own half-year count.
 */
@IntegrationTest
class FindingCountsTest {

    @Autowired
    FindingsService findings;
    @Autowired
    PlanDeliveryStore planDeliveries;
    @Autowired
    TestData data;
    @Autowired
    ParsedReportStore store;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;

    long catA;
    long catB;
    long parent;
    long jia;
    long yi;
    long bing;
    long h1;
    long annual;
    long jiaPlans;
    long jiaWork;
    FindingsFixture f;

    @BeforeEach
    void setUp() {
        SignIn.as(Role.ADMIN);
        f = new FindingsFixture(data, store, indicators);
        catA = data.category("核查甲类", 93);
        catB = data.category("核查乙类", 94);
        parent = data.unit("上级局", catB, "党委", "书记0", true);
        jia = data.unit("甲局", catA, "党委", "书记1", true);
        yi = data.unit("乙局", catB, "党委", "书记2", true);
        bing = data.unit("丙局", catA, "党委", "书记3", true);
        jdbc.sql("update org_unit set parent_id = ? where id = ?").params(parent, jia).update();
        h1 = f.period(2045, "H1");
        annual = f.period(2045, "ANNUAL");
        jiaPlans = f.report(jia, h1, 2045, "H1", PlanDeliveryTest.PLANNED);
        f.report(yi, h1, 2045, "H1", "一、主要工作\n召开中心组学习6次。\n");
        jiaWork = f.report(jia, annual, 2045, "ANNUAL", PlanDeliveryTest.DELIVERED);
        f.report(yi, annual, 2045, "ANNUAL", "一、主要工作\n召开中心组学习4次。\n");
        long bingWork = f.report(bing, annual, 2045, "ANNUAL", "一、主要工作\n召开中心组学习12次。\n");
        jdbc.sql("""
                insert into similarity_pair (period_id, kind, submission_a, submission_b, score, longest_passage, computed_at)
                values (?, 'PEER', ?, ?, 0.5, 40, now())""").params(annual, jiaWork, bingWork).update();
        long scheme = jdbc.sql("select id from assessment_scheme where year is null").query(Long.class).single();
        jdbc.sql("""
                insert into assessment (unit_id, period_id, scheme_id, status, total, grade, updated_by)
                values (?, ?, ?, 'PUBLISHED', 86.0, 'GOOD', 'test')""").params(yi, annual, scheme).update();
    }

    @Autowired
    FindingCountsQuery query;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private FindingCounts counts(Long category, Long parentUnit, String grade) {
        return findings.counts(new FindingsFilter(annual, category, parentUnit, grade));
    }

    @Test
    void a_parsed_report_stores_how_its_units_previous_plans_were_delivered() {
        assertEquals(List.of(jiaPlans + " 3 2"), jdbc.sql("""
                select plan_submission_id || ' ' || item_count || ' ' || covered_count from plan_delivery
                where submission_id = ?""").param(jiaWork).query(String.class).list());
        assertEquals(List.of("（三）建设智慧党建平台，实现党费线上缴纳。 0.07"), jdbc.sql("""
                select item_text || ' ' || score from plan_delivery_item where submission_id = ? and not covered""")
                .param(jiaWork).query(String.class).list());
        // a report without a report of the period before is stored as having no plans to match
        assertEquals(List.of("null 0"), jdbc.sql("""
                select coalesce(cast(plan_submission_id as text), 'null') || ' ' || item_count from plan_delivery
                where submission_id = ?""").param(jiaPlans).query(String.class).list());
    }

    @Test
    void the_overview_counts_each_kind_of_finding_with_its_filters() {
        assertEquals(new FindingCounts(2, 1L, 1), counts(null, null, null));
        assertEquals(new FindingCounts(0, 1L, 1), counts(catA, null, null));
        assertEquals(new FindingCounts(2, 0L, 0), counts(catB, null, null));
        assertEquals(new FindingCounts(0, 1L, 1), counts(null, parent, null));
        assertEquals(new FindingCounts(2, 0L, 0), counts(null, null, "GOOD"));
        assertEquals(new FindingCounts(0, 0L, 0), counts(null, null, "EXCELLENT"));
    }

    @Test
    void the_summaries_of_the_city_and_of_each_category_hold_what_counting_the_units_gives() {
        jdbc.sql("select period_summaries_settle()").query().listOfRows();
        for (Long category : java.util.Arrays.asList(null, catA, catB)) {
            FindingsFilter filter = new FindingsFilter(annual, category, null, null);
            assertEquals(query.counted(filter, UnitScope.ALL, false, true), query.summarised(filter, true));
        }
    }

    @Test
    void a_liaison_counts_its_own_unit_and_sees_no_copy_count() {
        SignIn.as(Role.REPORTER, jia);
        assertEquals(new FindingCounts(0, null, 1), counts(null, null, null));
        SignIn.as(Role.REPORTER, yi);
        assertEquals(new FindingCounts(2, null, 0), counts(null, null, null));
    }

    @Test
    void the_lists_behind_the_figures_hold_the_same_rows() {
        FindingsFilter all = new FindingsFilter(annual, null, null, null);
        List<PlanGapRow> gaps = findings.planGaps(all, 0, 10);
        assertEquals(1, findings.planGapCount(all));
        assertEquals(List.of("甲局 （三）建设智慧党建平台，实现党费线上缴纳。 7% " + jiaPlans), gaps.stream()
                .map(g -> g.unitName() + " " + g.itemText() + " " + g.percent() + " " + g.planSubmissionId()).toList());
        assertEquals(List.of("乙局 中心组学习4次，少于应有的12次", "乙局 全年中心组学习4次，少于上半年报告的6次"),
                findings.violations(new FindingsFilter(annual, catB, null, null), 0, 10).stream()
                        .map(v -> v.unitName() + " " + v.message()).toList());
        assertEquals(0, findings.violationCount(new FindingsFilter(annual, catA, null, null)));
    }

    @Test
    void a_new_version_of_the_plans_report_updates_the_stored_delivery_of_the_next_period() {
        jdbc.sql("update submission set latest = false where id = ?").param(jiaPlans).update();
        long newPlans = f.report(jia, h1, 2045, "H1", """
                一、上半年工作情况
                召开中心组学习6次。
                二、下半年工作打算
                （一）深化理论学习，组织党员赴红色教育基地开展现场教学。
                """, 2);
        assertEquals(List.of(newPlans + " 1 1"), jdbc.sql("""
                select plan_submission_id || ' ' || item_count || ' ' || covered_count from plan_delivery
                where submission_id = ?""").param(jiaWork).query(String.class).list());
        assertEquals(new FindingCounts(2, 1L, 0), counts(null, null, null));
    }

    @Test
    void the_backfill_computes_a_missing_delivery() {
        jdbc.sql("delete from plan_delivery where submission_id = ?").param(jiaWork).update();
        assertEquals(new FindingCounts(2, 1L, 0), counts(null, null, null));
        planDeliveries.backfill();
        assertEquals(List.of(jiaPlans + " 3 2"), jdbc.sql("""
                select plan_submission_id || ' ' || item_count || ' ' || covered_count from plan_delivery
                where submission_id = ?""").param(jiaWork).query(String.class).list());
        assertEquals(new FindingCounts(2, 1L, 1), counts(null, null, null));
    }

    @Test
    void the_export_writes_the_three_lists_with_the_filters_and_is_audited() throws IOException {
        byte[] xlsx = findings.exportXlsx(new FindingsFilter(annual, catA, null, null), "2045年度", "单位类别：核查甲类");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("数字核对提示", "疑似雷同", "上期打算未落实"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rules = sheets.get(0).read();
            assertEquals(List.of("筛选条件", "单位类别：核查甲类"), texts(rules.get(2)));
            assertEquals(List.of("单位", "规则", "提示", "原文"), texts(rules.get(4)));
            assertEquals(5, rules.size());
            List<Row> copies = sheets.get(1).read();
            assertEquals(List.of("甲局", "丙局", "0.5", "40"), texts(copies.get(5)));
            assertEquals(6, copies.size());
            List<Row> gaps = sheets.get(2).read();
            assertEquals(List.of("甲局", "（三）建设智慧党建平台，实现党费线上缴纳。", "0.07"), texts(gaps.get(5)));
            assertEquals(6, gaps.size());
        }
        assertEquals(List.of("导出核查发现：2045年度，单位类别：核查甲类；数字核对提示 0 条，疑似雷同 1 对，上期打算未落实 1 项"),
                jdbc.sql("select detail from audit_log where action = 'FINDINGS_EXPORTED' and entity_id = ?")
                        .param(annual).query(String.class).list());
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }

}
