package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.submission.ReportAnalysis;
import com.jgdj.dashboard.submission.ReportAnalysisReader;

import com.jgdj.dashboard.assessment.AdjustmentLine;
import com.jgdj.dashboard.assessment.scheme.SchemeDetails;
import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.assessment.grading.Dimension;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.assessment.grading.GradeCalculator;
import com.jgdj.dashboard.assessment.grading.GradeResult;
import com.jgdj.dashboard.assessment.grading.ScoreSheet;
import com.jgdj.dashboard.findings.CountMinimum;
import com.jgdj.dashboard.findings.CountRuleService;
import com.jgdj.dashboard.period.Deadlines;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo assessments for every closed period, dated relative to the demo's date: a period's results are reviewed 20
 * days after its deadline and published (通报) 30 days after it, so every closed period is published unless its
 * deadline is less than 30 days before the demo's date (then it awaits review, 待审核). The 双约谈 of every published
 * period but the newest were held 15 days after publication; the newest published period has one recorded
 * correction and its talks still to hold. Written with JDBC batches like the rest of the demo data; totals and
 * grades come from the grading calculator.
 */
@Service
public class DemoAssessmentLoader {

    static final String SETTING = "demo_assessments";
    static final int REVIEW_AFTER_DAYS = 20;
    static final int PUBLISH_AFTER_DAYS = 30;

    private final JdbcTemplate jdbc;
    private final SchemeService schemes;
    private final ReportAnalysisReader analyses;
    private final CountRuleService countRules;
    private final Clock clock;

    public DemoAssessmentLoader(JdbcTemplate jdbc, SchemeService schemes, ReportAnalysisReader analyses,
                                CountRuleService countRules, Clock clock) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.analyses = analyses;
        this.countRules = countRules;
        this.clock = clock;
    }

    private record Period(long id, int year, boolean annual, int seq, LocalDate deadline) {
    }

    /** {@link #load(long, LocalDate)} on the date the demo data was generated for ({@code demo_date}), else today. */
    @Transactional
    public int load(long seed) {
        LocalDate date = jdbc.queryForList("select value from app_setting where key = 'demo_date'", String.class)
                .stream().findFirst().map(LocalDate::parse).orElseGet(() -> Deadlines.today(clock));
        return load(seed, date);
    }

    /** Returns the number of assessments written; nothing is dated on or after {@code today}. */
    @Transactional
    public int load(long seed, LocalDate today) {
        List<Period> periods = jdbc.query("""
                select id, year, kind = 'ANNUAL', seq, deadline from reporting_period where status = 'CLOSED'
                order by seq""", (rs, i) -> new Period(rs.getLong(1), rs.getInt(2), rs.getBoolean(3),
                rs.getInt(4), rs.getObject(5, LocalDate.class)));
        int newestPublished = -1;
        for (int i = 0; i < periods.size(); i++) {
            if (publishedBy(periods.get(i), today)) {
                newestPublished = i;
            }
        }
        int written = 0;
        List<CountMinimum> minimums = countRules.minimums();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            boolean published = publishedBy(p, today);
            SchemeDetails scheme = schemes.ensureForDemo(p.year());
            List<PlannedAssessment> planned = DemoAssessmentPlanner.plan(reports(p.id()), scheme, minimums, p.annual(),
                    p.seq(), seed);
            LocalDate day = published ? p.deadline().plusDays(PUBLISH_AFTER_DAYS)
                    : min(p.deadline().plusDays(REVIEW_AFTER_DAYS), today.minusDays(1));
            OffsetDateTime at = day.atTime(10, 0).atZone(DemoSubmissionPlanner.ZONE).toOffsetDateTime();
            Map<Long, Long> ids = insert(p.id(), scheme.id(), planned, published ? "PUBLISHED" : "REVIEW", at, published);
            written += planned.size();
            if (i == newestPublished && at.toLocalDate().plusDays(12).isBefore(today)) {
                correctOne(planned, ids, scheme, at.plusDays(12));
            }
            if (published && i < newestPublished) {
                interviews(p.id(), planned, at.toLocalDate().plusDays(15), at.plusDays(15));
            }
        }
        jdbc.update("insert into app_setting (key, value) values (?, 'true') on conflict (key) do update set value = 'true'",
                SETTING);
        return written;
    }

    private static boolean publishedBy(Period p, LocalDate today) {
        return p.deadline().plusDays(PUBLISH_AFTER_DAYS).isBefore(today);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private List<DemoReportRef> reports(long periodId) {
        // one read of the period's counts and flags, not one per report
        Map<Long, ReportAnalysis> analyses = this.analyses.countsAndFlagsOf(periodId);
        ReportAnalysis none = new ReportAnalysis(List.of(), List.of(), List.of(), List.of());
        return jdbc.query("""
                select s.id, s.unit_id, u.name, c.name, s.late
                from submission s join org_unit u on u.id = s.unit_id join category c on c.id = u.category_id
                where s.period_id = ? and s.latest and s.status <> 'RETURNED'
                order by u.id""", (rs, i) -> new DemoReportRef(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), analyses.getOrDefault(rs.getLong(1), none), rs.getBoolean(5)), periodId);
    }

    private Map<Long, Long> insert(long periodId, long schemeId, List<PlannedAssessment> planned, String status,
                                   OffsetDateTime at, boolean published) {
        Timestamp time = Timestamp.from(at.toInstant());
        jdbc.batchUpdate("""
                insert into assessment (unit_id, period_id, scheme_id, submission_id, status, self_score, comment, veto_id,
                    quota_downgraded, total, grade, updated_by, updated_at, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'assessor', ?, ?)""", planned, DemoDataLoader.BATCH_SIZE,
                (ps, a) -> {
                    ps.setLong(1, a.report().unitId());
                    ps.setLong(2, periodId);
                    ps.setLong(3, schemeId);
                    ps.setLong(4, a.report().submissionId());
                    ps.setString(5, status);
                    ps.setBigDecimal(6, a.selfScore());
                    ps.setString(7, a.comment());
                    ps.setObject(8, a.vetoId());
                    ps.setBoolean(9, a.quotaDowngraded());
                    ps.setBigDecimal(10, a.result().total());
                    ps.setString(11, a.result().grade().name());
                    ps.setTimestamp(12, time);
                    ps.setTimestamp(13, published ? time : null);
                });
        Map<Long, Long> ids = new HashMap<>();
        jdbc.query("select unit_id, id from assessment where period_id = ?",
                rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                }, periodId);
        List<Object[]> scores = new ArrayList<>();
        List<Object[]> adjustments = new ArrayList<>();
        for (PlannedAssessment a : planned) {
            long id = ids.get(a.report().unitId());
            a.points().forEach((dim, p) -> scores.add(new Object[]{id, dim, p}));
            for (int i = 0; i < a.adjustments().size(); i++) {
                AdjustmentLine l = a.adjustments().get(i);
                var e = l.evidence();
                adjustments.add(new Object[]{id, i, l.itemId(), l.points(), l.reason(),
                        e == null ? null : e.submissionId(), e == null ? null : e.start(), e == null ? null : e.end(),
                        e == null ? null : e.text(), e == null ? null : e.kind().name()});
            }
        }
        jdbc.batchUpdate("insert into assessment_score (assessment_id, dimension_id, points) values (?, ?, ?)", scores);
        jdbc.batchUpdate("""
                insert into assessment_adjustment (assessment_id, position, item_id, points, reason, evidence_submission_id,
                    evidence_start, evidence_end, evidence_text, evidence_kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                adjustments);
        return ids;
    }

    /** One published 良好 result gets a point more in its weakest dimension after review, recorded as a revision. */
    private void correctOne(List<PlannedAssessment> planned, Map<Long, Long> ids, SchemeDetails scheme,
                            OffsetDateTime at) {
        PlannedAssessment a = planned.stream()
                .filter(p -> p.result().grade() == Grade.GOOD && p.result().total().compareTo(new BigDecimal("88")) <= 0)
                .findFirst().orElse(null);
        if (a == null) {
            return;
        }
        Dimension weakest = scheme.rules().dimensions().stream()
                .min(Comparator.comparing(d -> a.points().get(d.id()).divide(d.maxPoints(), 3, java.math.RoundingMode.HALF_UP)))
                .orElseThrow();
        BigDecimal before = a.points().get(weakest.id());
        BigDecimal after = before.add(BigDecimal.ONE).min(weakest.maxPoints());
        Map<Long, BigDecimal> points = new LinkedHashMap<>(a.points());
        points.put(weakest.id(), after);
        GradeResult result = GradeCalculator.grade(scheme.rules(), new ScoreSheet(points, a.adjustments().stream()
                .map(l -> new ScoreSheet.Adjustment(l.itemId(), l.points())).toList(), a.vetoId(), a.quotaDowngraded()));
        long id = ids.get(a.report().unitId());
        jdbc.update("update assessment_score set points = ? where assessment_id = ? and dimension_id = ?", after, id,
                weakest.id());
        jdbc.update("update assessment set total = ?, grade = ?, updated_at = ?, version = version + 1 where id = ?",
                result.total(), result.grade().name(), Timestamp.from(at.toInstant()), id);
        jdbc.update("""
                insert into assessment_revision (assessment_id, revised_at, revised_by, reason, total_before, total_after,
                    grade_before, grade_after, changes) values (?, ?, 'assessor', ?, ?, ?, ?, ?, ?)""",
                id, Timestamp.from(at.toInstant()), "单位提出复核，补充提供了" + weakest.name() + "相关佐证材料，经核实予以更正",
                a.result().total(), result.total(), a.result().grade().name(), result.grade().name(),
                weakest.name() + " " + plain(before) + " → " + plain(after));
    }

    /** The 双约谈 of the lowest two units was held; a 较差 unit loses its 评优资格. */
    private void interviews(long periodId, List<PlannedAssessment> planned, LocalDate heldOn, OffsetDateTime at) {
        planned.stream().sorted(Comparator.comparing((PlannedAssessment p) -> p.result().total())
                        .thenComparing(p -> p.report().unitId())).limit(2)
                .forEach(p -> jdbc.update("""
                                insert into interview (unit_id, period_id, held_on, note, disqualified, recorded_by, recorded_at)
                                values (?, ?, ?, ?, ?, 'leader', ?)""", p.report().unitId(), periodId, heldOn,
                        "约谈党组织书记，反馈考核发现的问题，要求30日内报送整改方案",
                        p.result().grade() == Grade.POOR, Timestamp.from(at.toInstant())));
    }

    private static String plain(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }
}
