package com.jgdj.dashboard.assessment.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Totals, caps, thresholds and veto of one assessment. Plain Java. */
public final class GradeCalculator {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private GradeCalculator() {
    }

    /** The problems that make {@code sheet} unacceptable, in Chinese; empty when it may be saved. */
    public static List<String> problems(ScoringRules rules, ScoreSheet sheet) {
        List<String> problems = new ArrayList<>();
        for (Dimension d : rules.dimensions()) {
            BigDecimal p = sheet.points().get(d.id());
            if (p == null) {
                continue;
            }
            if (p.signum() < 0 || p.compareTo(d.maxPoints()) > 0) {
                problems.add(d.name() + "的得分应在0至" + plain(d.maxPoints()) + "分之间");
            } else if (!isHalfPoint(p)) {
                problems.add(d.name() + "的得分只能精确到0.5分");
            }
        }
        sheet.points().keySet().stream()
                .filter(id -> rules.dimensions().stream().noneMatch(d -> d.id() == id))
                .findFirst().ifPresent(id -> problems.add("评分指标不属于本考核方案"));
        for (ScoreSheet.Adjustment a : sheet.adjustments()) {
            Item item = rules.item(a.itemId()).orElse(null);
            if (item == null) {
                problems.add("加减分项不属于本考核方案");
            } else if (a.points().signum() <= 0 || a.points().compareTo(item.cap()) > 0) {
                problems.add(item.name() + "的分值应在0.5至" + plain(item.cap()) + "分之间");
            } else if (!isHalfPoint(a.points())) {
                problems.add(item.name() + "的分值只能精确到0.5分");
            }
        }
        if (sheet.vetoId() != null && rules.veto(sheet.vetoId()).isEmpty()) {
            problems.add("否决事项不属于本考核方案");
        }
        return problems;
    }

    public static GradeResult grade(ScoringRules rules, ScoreSheet sheet) {
        BigDecimal dimensionTotal = BigDecimal.ZERO;
        boolean complete = true;
        for (Dimension d : rules.dimensions()) {
            BigDecimal p = sheet.points().get(d.id());
            if (p == null) {
                complete = false;
            } else {
                dimensionTotal = dimensionTotal.add(p.min(d.maxPoints()));
            }
        }
        BigDecimal bonus = cappedSum(rules, sheet, ItemKind.BONUS).min(rules.bonusTotalCap());
        BigDecimal deduction = cappedSum(rules, sheet, ItemKind.DEDUCTION);
        BigDecimal total = dimensionTotal.add(bonus).subtract(deduction).max(BigDecimal.ZERO);
        Grade pointsGrade = rules.thresholds().gradeOf(total);
        Grade grade = pointsGrade;
        if (sheet.vetoId() != null) {
            grade = rules.veto(sheet.vetoId()).map(v -> pointsGrade.atMost(v.effect().cap())).orElse(grade);
        }
        if (sheet.quotaDowngraded()) {
            grade = grade.atMost(Grade.GOOD);
        }
        return new GradeResult(dimensionTotal, bonus, deduction, total, pointsGrade, complete ? grade : null,
                complete);
    }

    /** Per item the sum of its occurrences, cut at the item's cap; then summed over the items of {@code kind}. */
    private static BigDecimal cappedSum(ScoringRules rules, ScoreSheet sheet, ItemKind kind) {
        Map<Item, BigDecimal> perItem = new LinkedHashMap<>();
        for (ScoreSheet.Adjustment a : sheet.adjustments()) {
            rules.item(a.itemId()).filter(i -> i.kind() == kind)
                    .ifPresent(i -> perItem.merge(i, a.points(), BigDecimal::add));
        }
        return perItem.entrySet().stream().map(e -> e.getValue().min(e.getKey().cap()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static boolean isHalfPoint(BigDecimal p) {
        return p.multiply(TWO).stripTrailingZeros().scale() <= 0;
    }

    private static String plain(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString();
    }
}
