package com.jgdj.dashboard.search;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.db.EmbeddedDatabase;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.security.UnitScope;
import com.jgdj.dashboard.submission.SubmissionImportService;
import com.jgdj.dashboard.submission.SubmissionService;
import com.jgdj.dashboard.parsing.Flag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class SearchServiceTest {

    @Autowired
    SearchService search;
    @Autowired
    SearchQuery query;
    @Autowired
    SubmissionImportService imports;
    @Autowired
    SubmissionService submissions;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedDatabase database;

    long finance;
    long police;
    long youth;
    long period;
    long economy;
    long s000;
    long s002;
    long s004;

    @BeforeEach
    void setUp() {
        economy = data.category("经济部门", 1);
        long party = data.category("党群部门", 2);
        finance = data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        police = data.unit("市公安局党委", economy, "党委", "李建国", true);
        youth = data.unit("团市委机关党总支", party, "党总支", "王芳", true);
        period = data.period(2023, "H1", LocalDate.of(2100, 7, 10), "OPEN");
        SignIn.as(Role.ADMIN);
        s000 = load(finance, "000_a5485f2fc4053fed.txt");
        s002 = load(police, "002_b63cea5c73303fb1.txt");
        s004 = load(youth, "004_969c881548c22722.txt");
    }

    private long load(long unit, String seed) {
        return imports.importFile(UnitId.of(unit), PeriodId.of(period), seed, TestData.seed(seed).getBytes(StandardCharsets.UTF_8))
                .submissionId();
    }

    private List<String> found(SearchFilter filter) {
        return search.search(filter, 0, 50).stream().map(h -> h.unitName() + ":" + h.occurrences()).toList();
    }

    @Test
    void a_two_character_word_finds_the_reports_holding_it_most_occurrences_first() {
        assertEquals(List.of("市公安局党委:2", "团市委机关党总支:1"), found(SearchFilter.of("党课")));
        assertEquals(2, search.count(SearchFilter.of("党课")));
        assertEquals(List.of("市公安局党委:10", "团市委机关党总支:4", "市财政局机关党委:1"), found(SearchFilter.of("廉政")));
    }

    @Test
    void the_hit_names_its_first_place_in_the_text_the_reader_shows_and_the_text_around_it() {
        SearchHit hit = search.search(SearchFilter.of("党课"), 0, 50).getFirst();
        String text = submissions.details(hit.submissionId()).orElseThrow().fullText();
        assertEquals(s002, hit.submissionId());
        assertEquals("党课", text.substring(hit.firstOffset(), hit.firstOffset() + 2));
        assertEquals(text.indexOf("党课"), hit.firstOffset());
        assertEquals(Math.max(0, hit.firstOffset() - SearchQuery.SNIPPET_BEFORE), hit.snippetStart());
        assertEquals(text.substring(hit.snippetStart(), Math.min(text.length(),
                hit.snippetStart() + SearchQuery.SNIPPET_LENGTH)), hit.snippet());
        assertEquals(List.of("党课"), hit.terms());
    }

    @Test
    void every_term_must_stand_in_the_text_as_typed_not_only_its_characters() {
        // every lexeme of 课党 (课, 党, 课党?) — the characters occur everywhere, the pair nowhere
        assertEquals(List.of(), found(SearchFilter.of("课党")));
        assertEquals(List.of("市公安局党委:12", "团市委机关党总支:5"), found(SearchFilter.of("党课 廉政")));
        assertEquals(0, search.count(SearchFilter.of("“党课 廉政”")));
    }

    @Test
    void filters_narrow_the_hits() {
        assertEquals(List.of("团市委机关党总支:4"),
                found(new SearchFilter("廉政", null, youth, null, null, null)));
        assertEquals(List.of("市公安局党委:10", "市财政局机关党委:1"),
                found(new SearchFilter("廉政", null, null, economy, null, null)));
        assertEquals(List.of(), found(new SearchFilter("廉政", period + 1000, null, null, null, null)));
        assertEquals(List.of(), found(new SearchFilter("廉政", null, null, null, Grade.EXCELLENT, null)));
        long flagged = jdbc.sql("select count(distinct f.submission_id) from submission_flag f where f.code = 'PLACEHOLDER'"
                + " and f.submission_id in (:ids)").param("ids", List.of(s000, s002, s004)).query(Long.class).single();
        assertEquals(flagged, search.count(new SearchFilter("廉政", null, null, null, null, Flag.Code.PLACEHOLDER)));
    }

    @Test
    void a_liaison_finds_only_its_own_unit() {
        SignIn.as(Role.REPORTER, youth);
        assertEquals(List.of("团市委机关党总支:4"), found(SearchFilter.of("廉政")));
        assertEquals(1, search.count(SearchFilter.of("廉政")));
    }

    @Test
    void only_the_latest_version_is_searched() {
        String revised = TestData.seed("002_b63cea5c73303fb1.txt").replace("党课", "专题学习");
        imports.importFile(UnitId.of(police), PeriodId.of(period), "修改稿.txt", revised.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("团市委机关党总支:1"), found(SearchFilter.of("党课")));
    }

    @Test
    void a_query_too_long_or_with_too_many_words_is_refused_in_chinese() {
        UserInputException tooLong = assertThrows(UserInputException.class,
                () -> search.search(SearchFilter.of("党".repeat(101)), 0, 50));
        assertEquals("检索词过长：最多100个字", tooLong.getMessage());
        UserInputException tooMany = assertThrows(UserInputException.class,
                () -> search.count(SearchFilter.of("一 二 三 四 五 六 七 八 九")));
        assertEquals("检索词过多：最多8个，请用空格分隔", tooMany.getMessage());
        assertEquals(List.of(), found(SearchFilter.of("  ")));
    }

    @Test
    void a_word_in_more_reports_than_the_cap_lists_the_newest_uploads_first_counting_only_those_shown() {
        otherUnitsReporting(1001, "学习教育，再学习", "'学' '学习' '习' '教' '教育' '育' '再' '再学'");
        List<Long> newest = jdbc.sql("select id from submission order by id desc limit 3").query(Long.class).list();

        assertEquals(SearchService.COUNT_CAP + 1, search.count(SearchFilter.of("学习")));
        List<SearchHit> hits = search.search(SearchFilter.of("学习"), 0, 3);
        assertEquals(newest, hits.stream().map(SearchHit::submissionId).toList());
        assertEquals(List.of(2, 2, 2), hits.stream().map(SearchHit::occurrences).toList());
        assertEquals(List.of("单位1001", "单位1000", "单位999"), hits.stream().map(SearchHit::unitName).toList());
        // under the cap the order stays most occurrences first
        assertEquals(List.of("市公安局党委:2", "团市委机关党总支:1"), found(SearchFilter.of("党课")));
    }

    @Test
    void the_lookup_goes_through_the_gin_index() {
        // 3,000 more reports (of other units) that do not hold the word, then fresh statistics: what the planner sees
        // in a real database, where a word is in a small share of the reports
        otherUnitsReporting(3000, "学习教育", "'学' '学习' '习' '教' '教育' '育'");
        jdbc.sql("analyze org_unit, submission, report_search").update();
        // what (auto)vacuum does: move the index's pending list of fresh entries into the index proper
        // (the index's owner does it: the application's role owns nothing)
        JdbcClient.create(database.owner()).sql("select gin_clean_pending_list('report_search_terms_idx'::regclass)")
                .query(Long.class).single();
        // at this size a sequential scan of the small heap still looks cheaper to the planner; what is shown here is
        // that the index serves the lookup (the bench checks the plans chosen at 5,000 units × 20 periods). Plain index
        // scans are off too: once, in a full run after test classes that commit and delete reports, the planner
        // estimated one latest report (an autovacuum after the analyze above is the likely cause; not confirmed) and
        // filtered that report's terms row by row instead of asking the index
        jdbc.sql("set local enable_seqscan = off").update();
        jdbc.sql("set local enable_indexscan = off").update();
        String plan = query.plan(SearchFilter.of("党课"), List.of("党课"), UnitScope.ALL);
        assertTrue(plan.contains("Bitmap Index Scan on report_search_terms_idx"), plan);
    }

    /** {@code count} more units 单位1 … 单位{@code count}, each with one report of {@code text} indexed as {@code terms}. */
    private void otherUnitsReporting(int count, String text, String terms) {
        jdbc.sql("""
                insert into org_unit (name, category_id, org_type, secretary_name, active)
                select '单位' || g, :category, '党支部', '张三', true from generate_series(1, :count) g""")
                .param("category", economy).param("count", count).update();
        jdbc.sql("""
                insert into submission (unit_id, period_id, version_no, latest, full_text, file_name, file_type,
                    file_size, file_sha256, file_bytes, submitted_at, submitted_by)
                select u.id, :period, 1, true, :text, 'a.txt', 'txt', 1, md5(u.id::text) || md5(u.name),
                    '\\x41'::bytea, now(), 'test'
                from org_unit u where u.name like '单位%' order by u.id""")
                .param("period", period).param("text", text).update();
        jdbc.sql("""
                insert into report_search (submission_id, terms)
                select s.id, cast(:terms as tsvector) from submission s where s.full_text = :text""")
                .param("terms", terms).param("text", text).update();
    }
}
