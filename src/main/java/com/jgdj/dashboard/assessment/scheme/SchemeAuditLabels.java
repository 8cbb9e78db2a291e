package com.jgdj.dashboard.assessment.scheme;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** What the audit log shows as a scheme part's value before and after a change, one function per part. */
final class SchemeAuditLabels {

    private SchemeAuditLabels() {
    }

    static String settings(AssessmentScheme scheme) {
        SchemeSettings s = scheme.settings();
        return "优秀≥" + plain(s.thresholds().excellent()) + "；良好≥" + plain(s.thresholds().good()) + "；一般≥"
                + plain(s.thresholds().fair()) + "；优秀比例：" + plain(s.quota().share()) + "（"
                + s.quota().rounding().label() + "，" + (s.quota().perCategory() ? "按类别" : "全市") + "）；加分总上限："
                + plain(s.bonusTotalCap()) + "；约谈比例：" + plain(s.interviewBottomShare());
    }

    static String dimensions(AssessmentScheme scheme) {
        return rows(scheme.dimensions(), SchemeDimension::getSortOrder,
                d -> d.getName() + " " + plain(d.getMaxPoints()) + "分");
    }

    static String items(AssessmentScheme scheme) {
        return rows(scheme.items(), SchemeItem::getSortOrder, i -> i.getKind().label() + " " + i.getName() + " "
                + plain(i.getPoints()) + "分（上限" + plain(i.getCap()) + "分）");
    }

    static String vetoes(AssessmentScheme scheme) {
        return rows(scheme.vetoes(), SchemeVeto::getSortOrder, v -> v.getName() + "：" + v.getEffect().label());
    }

    private static <T> String rows(List<T> rows, ToIntFunction<T> order, Function<T, String> label) {
        return rows.isEmpty() ? "无" : rows.stream().sorted(Comparator.comparingInt(order)).map(label)
                .collect(Collectors.joining("；"));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "无" : value.stripTrailingZeros().toPlainString();
    }
}
