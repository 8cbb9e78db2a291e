package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.findings.CountMinimum;
import com.jgdj.dashboard.findings.PlanDelivery;
import com.jgdj.dashboard.findings.PlanItemMatch;
import com.jgdj.dashboard.findings.ReportFindings;
import com.jgdj.dashboard.findings.RuleViolation;
import com.jgdj.dashboard.submission.ReportAnalysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what the report parser read (counts by indicator, quality flags) into scoring hints for the assessor:
 * activity counts below an expected minimum and template defects, each pointing at its place in the text.
 * Hints are shown, never turned into points by themselves.
 */
public final class ReportHints {

    /**
     * Activities whose count the hints show that have no stored 不少于 rule, with the half-year minimum expected of
     * them. An indicator with a stored rule ({@link CountMinimum}, edited on the rules page) is held to that rule
     * only, never to a number here ({@code ReportHintsMinimumsTest}).
     */
    static final Map<String, Integer> UNRULED_MINIMUMS = new LinkedHashMap<>();

    static {
        UNRULED_MINIMUMS.put("主题党日", 6);
        UNRULED_MINIMUMS.put("警示教育", 2);
        UNRULED_MINIMUMS.put("谈心谈话", 4);
    }

    private ReportHints() {
    }

    /**
     * The parser's counts and flags as hints: first each stored minimum rule's activity (its count, and whether it
     * falls below the rule's minimum while the rule is on), then the other activities, then the flags.
     */
    public static List<ReportHint> from(ReportAnalysis analysis, boolean annual, List<CountMinimum> stored) {
        List<ReportHint> hints = new ArrayList<>();
        for (CountMinimum rule : stored) {
            hints.add(countHint(analysis, rule.indicator(), rule.forReport(annual)));
        }
        UNRULED_MINIMUMS.forEach((indicator, halfYear) -> {
            if (stored.stream().noneMatch(r -> r.indicator().equals(indicator))) {
                hints.add(countHint(analysis, indicator,
                        new CountMinimum(indicator, BigDecimal.valueOf(halfYear)).forReport(annual)));
            }
        });
        Map<String, List<ReportAnalysis.FlagRow>> byCode = new LinkedHashMap<>();
        analysis.flags().forEach(f -> byCode.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f));
        byCode.forEach((code, flags) -> hints.add(flagHint(code, flags)));
        return hints;
    }

    /**
     * The findings as hints: each rule violation at its count, the previous plan's coverage, and each plan item with
     * no matching delivery (quoted from the previous report, so it has no place in this one).
     */
    public static List<ReportHint> from(ReportFindings findings) {
        List<ReportHint> hints = new ArrayList<>();
        for (RuleViolation v : findings.violations()) {
            hints.add(new ReportHint(EvidenceKind.COUNT, "数字核对：" + v.message(), v.startOffset(), v.endOffset(),
                    v.text()));
        }
        PlanDelivery plans = findings.plans();
        if (plans != null) {
            hints.add(new ReportHint(EvidenceKind.FLAG, plans.planPeriodName() + "工作打算" + plans.items().size()
                    + "项，可见落实" + plans.coveredCount() + "项", 0, 0, ""));
            for (PlanItemMatch m : plans.uncovered()) {
                hints.add(new ReportHint(EvidenceKind.FLAG, "上期打算未见落实：" + m.item().text(), 0, 0,
                        m.item().text()));
            }
        }
        return hints;
    }

    /** {@code minimum} {@code null}: the count is shown without a comparison (its rule is switched off). */
    private static ReportHint countHint(ReportAnalysis analysis, String indicator, BigDecimal minimum) {
        // the largest figure stated for the activity: reports repeat a count more often than they split it
        return analysis.metrics().stream().filter(m -> indicator.equals(m.indicator()))
                .max(Comparator.comparing(ReportAnalysis.MetricRow::number))
                .map(m -> new ReportHint(EvidenceKind.COUNT, indicator + " " + plain(m.number()) + m.unit()
                        + (minimum != null && m.number().compareTo(minimum) < 0
                        ? "，低于应有的" + plain(minimum) + "次" : ""),
                        m.startOffset(), m.endOffset(), m.text()))
                .orElse(new ReportHint(EvidenceKind.FLAG, "未写明" + indicator + "次数", 0, 0, ""));
    }

    private static ReportHint flagHint(String code, List<ReportAnalysis.FlagRow> flags) {
        ReportAnalysis.FlagRow first = flags.getFirst();
        String message = switch (code) {
            case "PLACEHOLDER" -> "有未填写的模板内容（" + flags.size() + "处）";
            case "WEB_JUNK" -> "夹带网页模板残留";
            case "MISSING_PROBLEMS" -> "未查摆存在的问题";
            default -> first.message();
        };
        boolean located = first.startOffset() != null;
        return new ReportHint(EvidenceKind.FLAG, message, located ? first.startOffset() : 0,
                located ? first.endOffset() : 0, first.evidence() == null ? "" : first.evidence());
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
