package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.assessment.AdjustmentLine;
import com.jgdj.dashboard.assessment.EvidenceKind;
import com.jgdj.dashboard.assessment.ReportHint;
import com.jgdj.dashboard.assessment.ReportHints;
import com.jgdj.dashboard.assessment.scheme.SchemeDetails;
import com.jgdj.dashboard.assessment.grading.Dimension;
import com.jgdj.dashboard.assessment.grading.GradeCalculator;
import com.jgdj.dashboard.assessment.grading.GradeResult;
import com.jgdj.dashboard.assessment.grading.Item;
import com.jgdj.dashboard.assessment.grading.QuotaCalculator;
import com.jgdj.dashboard.assessment.grading.QuotaCandidate;
import com.jgdj.dashboard.assessment.grading.QuotaEntry;
import com.jgdj.dashboard.assessment.grading.QuotaGroup;
import com.jgdj.dashboard.assessment.grading.ScoreSheet;
import com.jgdj.dashboard.assessment.grading.VetoEffect;
import com.jgdj.dashboard.findings.CountMinimum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Scores demo reports as an assessor plausibly would: each unit has a steady quality with some noise per period and
 * dimension; the report's hints (late, unfinished template, missing problems, low counts) become deductions with
 * the hint as evidence; a few bonuses and one veto; then the 优秀 quota is kept by moving the lowest candidates to
 * 良好. Plain Java; the result depends only on the inputs and the seed.
 */
final class DemoAssessmentPlanner {

    private static final List<String> COMMENTS = List.of(
            "党建工作基础扎实，特色亮点突出", "各项工作有序推进，成效较好", "工作基本落实，个别环节有待加强", "工作落实不到位，问题较多");

    private DemoAssessmentPlanner() {
    }

    static List<PlannedAssessment> plan(List<DemoReportRef> reports, SchemeDetails scheme, List<CountMinimum> minimums,
                                        boolean annual, int periodSeq, long seed) {
        List<PlannedAssessment> planned = new ArrayList<>();
        for (DemoReportRef report : reports) {
            planned.add(score(report, scheme, minimums, annual, periodSeq, seed, false));
        }
        Set<Long> downgraded = overQuota(planned, scheme);
        return planned.stream()
                .map(p -> downgraded.contains(p.report().unitId()) ? score(p.report(), scheme, minimums, annual, periodSeq, seed, true) : p)
                .toList();
    }

    private static PlannedAssessment score(DemoReportRef report, SchemeDetails scheme, List<CountMinimum> minimums,
                                           boolean annual, int periodSeq, long seed, boolean quotaDowngraded) {
        // keyed by the unit's name, not its id: ids depend on what the database held before
        long unitKey = report.unitName().hashCode();
        SplittableRandom unit = new SplittableRandom(Mix.hash(seed, unitKey, 0xA55E55));
        double u = unit.nextDouble();
        // most units are steady performers; about one in twenty struggles
        double quality = u < 0.06 ? 0.56 : 0.75 + 0.23 * u;
        SplittableRandom period = new SplittableRandom(Mix.hash(seed, unitKey, periodSeq));
        quality += (period.nextDouble() - 0.5) * 0.08;
        Map<Long, BigDecimal> points = new LinkedHashMap<>();
        for (Dimension d : scheme.rules().dimensions()) {
            double ratio = Math.clamp(quality + (period.nextDouble() - 0.5) * 0.12, 0.35, 1.0);
            points.put(d.id(), halfPoints(d.maxPoints().doubleValue() * ratio));
        }
        List<AdjustmentLine> adjustments = adjustments(report, scheme, minimums, annual, period);
        Long veto = null;
        if (period.nextDouble() < 0.02) {
            veto = scheme.rules().vetoes().stream().filter(v -> v.effect() == VetoEffect.NOT_EXCELLENT)
                    .map(v -> v.id()).findFirst().orElse(null);
        }
        ScoreSheet sheet = new ScoreSheet(points, adjustments.stream()
                .map(a -> new ScoreSheet.Adjustment(a.itemId(), a.points())).toList(), veto, quotaDowngraded);
        GradeResult result = GradeCalculator.grade(scheme.rules(), sheet);
        BigDecimal self = period.nextDouble() < 0.6
                ? result.total().add(halfPoints(2 + period.nextDouble() * 5)).min(new BigDecimal("100")) : null;
        String comment = COMMENTS.get(result.grade().ordinal());
        return new PlannedAssessment(report, points, adjustments, veto, self, comment, quotaDowngraded, result);
    }

    private static List<AdjustmentLine> adjustments(DemoReportRef report, SchemeDetails scheme,
                                                    List<CountMinimum> minimums, boolean annual,
                                                    SplittableRandom random) {
        List<AdjustmentLine> lines = new ArrayList<>();
        if (report.late()) {
            item(scheme, "逾期报送工作汇报").ifPresent(i -> lines.add(new AdjustmentLine(i.id(), i.points(),
                    "未在截止日期前报送", null)));
        }
        for (ReportHint hint : ReportHints.from(report.analysis(), annual, minimums)) {
            String name = hint.message().startsWith("有未填写") || hint.message().startsWith("夹带") ? "材料有未填写内容或与他人雷同"
                    : hint.message().equals("未查摆存在的问题") ? "未查摆存在的问题"
                    : hint.kind() == EvidenceKind.COUNT && hint.message().contains("低于") ? "组织生活开展次数不足" : null;
            if (name != null) {
                item(scheme, name).ifPresent(i -> lines.add(new AdjustmentLine(i.id(), i.points(), hint.message(),
                        hint.end() > hint.start() ? hint.evidence(report.submissionId()) : null)));
            }
        }
        if (random.nextDouble() < 0.08) {
            item(scheme, "获市级以上党建工作表彰").ifPresent(i -> lines.add(new AdjustmentLine(i.id(), i.points(),
                    "获评市级先进基层党组织", null)));
        }
        if (random.nextDouble() < 0.1) {
            item(scheme, "工作经验被上级党组织推广").ifPresent(i -> lines.add(new AdjustmentLine(i.id(), i.points(),
                    "党建品牌经验在全市机关交流推广", null)));
        }
        return lines;
    }

    /** Units that qualify for 优秀 beyond the quota: the lowest candidates (ties by name) of each exceeded group. */
    private static Set<Long> overQuota(List<PlannedAssessment> planned, SchemeDetails scheme) {
        List<QuotaEntry> entries = planned.stream().map(p -> new QuotaEntry(p.report().unitId(), p.report().unitName(),
                p.report().categoryName(), p.result().total(), p.result().grade())).toList();
        Set<Long> over = new HashSet<>();
        for (QuotaGroup g : QuotaCalculator.check(scheme.settings().quota(), entries).groups()) {
            List<QuotaCandidate> candidates = g.candidates();
            for (int i = g.allowed(); i < candidates.size(); i++) {
                over.add(candidates.get(i).assessmentId());
            }
        }
        return over;
    }

    private static Optional<Item> item(SchemeDetails scheme, String name) {
        return scheme.rules().items().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    private static BigDecimal halfPoints(double points) {
        return BigDecimal.valueOf(Math.round(points * 2) / 2.0).setScale(1, RoundingMode.UNNECESSARY);
    }
}
