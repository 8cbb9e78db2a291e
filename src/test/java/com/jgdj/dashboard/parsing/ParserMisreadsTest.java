package com.jgdj.dashboard.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Texts the parser used to misread; every fixture here is our own writing. */
class ParserMisreadsTest {

    private static ParsedReport parse(String text) {
        ParsedReport r = Seeds.PARSER.parse(text, ParseContext.of(Seeds.DICTIONARY));
        Seeds.assertOffsetsExact(r);
        return r;
    }

    private static List<String> metrics(ParsedReport r) {
        return r.metrics().stream().map(m -> m.number().toPlainString() + m.unit() + "|" + m.indicator()).toList();
    }

    private static List<String> placeholders(String text) {
        return parse(text).placeholders().stream().map(p -> p.kind().code() + ":" + p.text()).toList();
    }

    @Test
    void compound_measure_words_keep_the_whole_word() {
        assertEquals(List.of("1196件次|null", "3200人次|null", "12场次|null"),
                metrics(parse("全年办理群众诉求1196件次，服务群众3200人次，举办各类活动12场次。")));
    }

    @Test
    void count_placeholders_with_a_space_or_lower_case_are_flagged() {
        assertEquals(List.of("count:X 次", "count:n 次", "count:x人", "count:××个"),
                placeholders("召开会议X 次，开展活动n 次，培训x人，建立××个示范点。"));
    }

    @Test
    void run_in_headings_of_a_report_pasted_as_one_paragraph_are_recovered() {
        String text = "市水务局机关党委2026年上半年工作总结 今年以来，我委认真落实全面从严治党要求。一、主要工作开展情况"
                + "（一）强化理论武装。召开中心组学习6次。（二）夯实基层基础。开展主题党日活动12次。"
                + "二、存在的问题 一是学习不够深入。三、下半年工作打算（一）深化模范机关创建。";
        ParsedReport r = parse(text);
        assertEquals(List.of("1|一、主要工作开展情况", "2|（一）强化理论武装", "2|（二）夯实基层基础", "1|二、存在的问题",
                "1|三、下半年工作打算", "2|（一）深化模范机关创建"), Seeds.headings(r));
        assertEquals(List.of(Part.WORK_DONE, Part.PROBLEMS, Part.PLANS), r.parts());
        assertEquals(List.of("6次|中心组学习", "12次|主题党日"), metrics(r));
    }

    @Test
    void traditional_characters_are_read_like_simplified_ones_and_kept() {
        String traditional = "一、黨建工作\n召開中心組學習6次，召開民主生活會2次，發展黨員3名，排查廉政風險點15項。\n二、存在的問題\n學習不夠深入。";
        String simplified = "一、党建工作\n召开中心组学习6次，召开民主生活会2次，发展党员3名，排查廉政风险点15项。\n二、存在的问题\n学习不够深入。";
        ParsedReport t = parse(traditional);
        ParsedReport s = parse(simplified);
        assertEquals(traditional, t.text());
        assertEquals(metrics(s), metrics(t));
        assertEquals(List.of("6次|中心组学习", "2次|民主生活会", "3名|发展党员", "15项|廉政风险点"), metrics(t));
        assertEquals(s.headings().stream().map(Heading::level).toList(), t.headings().stream().map(Heading::level).toList());
        assertEquals(s.flags().stream().map(Flag::code).toList(), t.flags().stream().map(Flag::code).toList());
    }
}
