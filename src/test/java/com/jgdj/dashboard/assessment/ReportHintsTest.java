package com.jgdj.dashboard.assessment;

import com.jgdj.dashboard.findings.CountMinimum;
import com.jgdj.dashboard.submission.ReportAnalysis;
import com.jgdj.dashboard.submission.ReportAnalysis.FlagRow;
import com.jgdj.dashboard.submission.ReportAnalysis.MetricRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportHintsTest {

    /** The seeded 不少于 rule on 中心组学习 (Liquibase count_rule STUDY_MINIMUM). */
    private static final List<CountMinimum> STORED = List.of(new CountMinimum("中心组学习", BigDecimal.valueOf(6)));

    private static MetricRow metric(int ordinal, String text, int number, String indicator, int start) {
        return new MetricRow(ordinal, text, BigDecimal.valueOf(number), "次", false, indicator, start,
                start + text.length() - 2, start + text.length());
    }

    @Test
    void counts_below_the_minimum_and_flags_become_hints_with_their_place() {
        ReportAnalysis analysis = new ReportAnalysis(List.of(), List.of(),
                List.of(metric(0, "召开中心组集中学习9次", 9, "中心组学习", 0),
                        metric(1, "开展警示教育1次", 1, "警示教育", 12),
                        metric(2, "中心组学习4次", 4, "中心组学习", 30)),
                List.of(new FlagRow(0, "PLACEHOLDER", "未填写的模板内容：多少次", "多少次", 40, 43),
                        new FlagRow(1, "PLACEHOLDER", "未填写的模板内容：多少次", "多少次", 50, 53),
                        new FlagRow(2, "MISSING_PROBLEMS", "缺少“存在的问题”部分", null, null, null)));
        List<ReportHint> hints = ReportHints.from(analysis, false, STORED);
        assertEquals(List.of("COUNT 中心组学习 9次 0-11 召开中心组集中学习9次", "FLAG 未写明主题党日次数 0-0 ",
                        "COUNT 警示教育 1次，低于应有的2次 12-20 开展警示教育1次", "FLAG 未写明谈心谈话次数 0-0 ",
                        "FLAG 有未填写的模板内容（2处） 40-43 多少次", "FLAG 未查摆存在的问题 0-0 "),
                hints.stream().map(h -> h.kind() + " " + h.message() + " " + h.start() + "-" + h.end() + " " + h.text())
                        .toList());
    }

    @Test
    void an_annual_report_is_expected_to_count_twice_as_much() {
        ReportAnalysis analysis = new ReportAnalysis(List.of(), List.of(),
                List.of(metric(0, "中心组学习9次", 9, "中心组学习", 0)), List.of());
        assertEquals("中心组学习 9次，低于应有的12次", ReportHints.from(analysis, true, STORED).getFirst().message());
    }

    @Test
    void a_stored_minimum_rule_decides_and_a_switched_off_one_shows_the_count_without_a_comparison() {
        ReportAnalysis analysis = new ReportAnalysis(List.of(), List.of(),
                List.of(metric(0, "中心组学习7次", 7, "中心组学习", 0), metric(1, "主题党日3次", 3, "主题党日", 10)),
                List.of());
        assertEquals(List.of("中心组学习 7次，低于应有的8次", "主题党日 3次，低于应有的6次", "未写明警示教育次数",
                        "未写明谈心谈话次数"),
                messages(ReportHints.from(analysis, false, List.of(new CountMinimum("中心组学习", new BigDecimal("8"))))));
        assertEquals(List.of("中心组学习 7次", "主题党日 3次，低于应有的6次", "未写明警示教育次数", "未写明谈心谈话次数"),
                messages(ReportHints.from(analysis, false, List.of(new CountMinimum("中心组学习", null)))));
        // a rule stored for an activity the hints also know replaces the hints' own number, in the rules' order
        assertEquals(List.of("主题党日 3次", "中心组学习 7次", "未写明警示教育次数", "未写明谈心谈话次数"),
                messages(ReportHints.from(analysis, false, List.of(new CountMinimum("主题党日", new BigDecimal("2.5")),
                        new CountMinimum("中心组学习", null)))));
    }

    private static List<String> messages(List<ReportHint> hints) {
        return hints.stream().map(ReportHint::message).toList();
    }
}
