package com.jgdj.dashboard.assessment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportHintsTest {

    @Test
    void counts_below_the_minimum_placeholders_and_a_missing_problems_section_are_hinted_with_their_place() {
        String text = "召开中心组集中学习9次，开展警示教育1次。组织机关集体学习多少次。";
        List<ReportHint> hints = ReportHints.find(text, false);
        assertEquals(List.of("COUNT 中心组学习 9次 2-11 中心组集中学习9次", "FLAG 未写明主题党日次数 0-0 ",
                        "COUNT 警示教育 1次，低于应有的2次 14-20 警示教育1次", "FLAG 未写明谈心谈话次数 0-0 ",
                        "FLAG 有未填写的模板内容 29-32 多少次", "FLAG 未查摆存在的问题 0-0 "),
                hints.stream().map(h -> h.kind() + " " + h.message() + " " + h.start() + "-" + h.end() + " " + h.text())
                        .toList());
        assertEquals("中心组集中学习9次", text.substring(hints.getFirst().start(), hints.getFirst().end()));
    }

    @Test
    void an_annual_report_is_expected_to_count_twice_as_much() {
        assertEquals("中心组学习 9次，低于应有的12次", ReportHints.find("中心组学习9次。存在问题", true).getFirst().message());
    }
}
