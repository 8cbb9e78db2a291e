package com.jgdj.dashboard.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stopgap reader of report text for scoring hints — activity counts below an expected minimum and template
 * defects — until the ingestion issue's report parser is available. Plain Java.
 */
public final class ReportHints {

    /** Activity, and the minimum count expected in a half year (doubled for an annual report). */
    private static final List<Expected> EXPECTED = List.of(
            new Expected("中心组", "中心组学习", 6),
            new Expected("主题党日", "主题党日", 6),
            new Expected("警示教育", "警示教育", 2),
            new Expected("谈心谈话", "谈心谈话", 4));

    private static final Pattern PLACEHOLDER = Pattern.compile("多少次|多少人|被表彰为什么|XX");
    private static final Pattern JUNK = Pattern.compile("##paid(begin|end)##");

    private ReportHints() {
    }

    public static List<ReportHint> find(String text, boolean annual) {
        List<ReportHint> hints = new ArrayList<>();
        for (Expected e : EXPECTED) {
            Matcher m = Pattern.compile(Pattern.quote(e.keyword()) + "[^。；，,0-9]{0,12}?(\\d+)\\s*次").matcher(text);
            if (m.find()) {
                int count = Integer.parseInt(m.group(1));
                int minimum = annual ? e.minimum() * 2 : e.minimum();
                hints.add(new ReportHint(EvidenceKind.COUNT, e.label() + " " + count + "次"
                        + (count < minimum ? "，低于应有的" + minimum + "次" : ""), m.start(), m.end(), m.group()));
            } else {
                hints.add(new ReportHint(EvidenceKind.FLAG, "未写明" + e.label() + "次数", 0, 0, ""));
            }
        }
        flag(hints, PLACEHOLDER.matcher(text), "有未填写的模板内容");
        flag(hints, JUNK.matcher(text), "夹带网页模板残留");
        if (!text.contains("问题") && !text.contains("不足")) {
            hints.add(new ReportHint(EvidenceKind.FLAG, "未查摆存在的问题", 0, 0, ""));
        }
        return hints;
    }

    private static void flag(List<ReportHint> hints, Matcher m, String message) {
        if (m.find()) {
            hints.add(new ReportHint(EvidenceKind.FLAG, message, m.start(), m.end(), m.group()));
        }
    }

    private record Expected(String keyword, String label, int minimum) {
    }
}
