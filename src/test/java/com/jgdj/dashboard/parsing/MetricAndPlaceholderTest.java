package com.jgdj.dashboard.parsing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricAndPlaceholderTest {

    private static ParsedReport parse(String text) {
        ParsedReport r = Seeds.PARSER.parse(text, ParseContext.of(Seeds.DICTIONARY));
        Seeds.assertOffsetsExact(r);
        return r;
    }

    private static List<String> metrics(String text) {
        return parse(text).metrics().stream()
                .map(m -> m.number().toPlainString() + m.unit() + (m.approx() ? "~" : "") + "|" + m.indicator())
                .toList();
    }

    private static List<String> placeholders(String text) {
        return parse(text).placeholders().stream().map(p -> p.kind().code() + ":" + p.text()).toList();
    }

    @Test
    void chinese_numerals_are_counts() {
        assertEquals(List.of("9次|中心组学习", "12场|党课", "2次|民主生活会", "23人|发展党员"),
                metrics("召开中心组学习九次，讲党课十二场，召开民主生活会两次，发展党员二十三人。"));
    }

    @Test
    void approximations_are_marked() {
        assertEquals(List.of("200次~|主题活动", "500个~|廉政风险点", "30人~|培训", "553万~|null", "40人~|null"),
                metrics("开展主题活动200余次，排查廉政风险点500多个，培训近30人，覆盖超553万青年，参加40人左右。"));
    }

    @Test
    void dates_document_numbers_ordinals_and_slogans_are_not_counts() {
        assertEquals(List.of(), metrics("2月24日召开会议，根据苏委工组〔2022〕51号文件，观看《永远吹冲锋号》（第三集），"
                + "增强“四个意识”，严守中央八项规定，用好四种形态，统筹两个大局，2023年5月完成，党的二十大，第一议题。"));
    }

    @Test
    void numbers_inside_document_titles_are_not_counts() {
        assertEquals(List.of("5期|意识形态工作"), metrics("学习《关于五起典型案例的通报》，报送《意识形态工作月报》5期。"));
    }

    @Test
    void the_activity_can_follow_the_number() {
        ParsedReport r = parse("疫情防控期间，22名同志参与疫情防控志愿服务，开展28场走访活动。");
        assertEquals(List.of("志愿服务", "走访调研"), r.metrics().stream().map(Metric::indicator).toList());
        assertEquals(new BigDecimal("22"), r.metrics().getFirst().number());
    }

    @Test
    void unmapped_counts_are_kept_without_indicator() {
        ParsedReport r = parse("共为农村青年发放贷款315笔，合计3.45亿元。");
        assertEquals(List.of("为农村青年发放贷款315笔", "3.45亿元"), r.metrics().stream().map(Metric::text).toList());
        assertTrue(r.metrics().stream().allMatch(m -> m.indicator() == null));
    }

    @Test
    void masks_before_a_measure_word_are_missing_numbers_but_masked_names_are_not() {
        assertEquals(List.of("count:**次", "count:*个"), placeholders("**机关召开会议**次，***市建立制度*个。"));
    }

    @Test
    void template_placeholders_of_every_kind_are_found() {
        assertEquals(List.of("year:20xx年", "count:X次", "count:n次", "text:XX", "text:【】", "text:此处填写", "count:多少次",
                        "text:取得了什么荣誉", "text:××"),
                placeholders("20xx年召开会议X次，培训n次，XX局，【】，此处填写单位名称，学习多少次，取得了什么荣誉，××同志。"));
    }

    @Test
    void year_placeholders_in_several_spellings() {
        assertEquals(List.of("year:20XX", "year:XXXX年", "year:××年", "year:19xx年"),
                placeholders("20XX上半年，XXXX年度，××年，19xx年，2023年，MAX年。"));
    }

    @Test
    void questions_and_list_announcements_are_not_placeholders() {
        assertEquals(List.of(), placeholders("主要表现在以下几个方面：我们要想一想为了什么？某某系统，多少年来始终如一。"));
    }

    @Test
    void web_junk_is_flagged_and_not_counted() {
        ParsedReport r = parse("一、工作情况\n召开会议3次。##paidbegin##浏览次数：1234次\n阅读全部内容请登录\n已省略800字\n二、存在的问题\n不足。");
        assertEquals(List.of("##paidbegin##", "浏览次数：1234次", "阅读全部内容请登录", "已省略800字"),
                r.flags().stream().filter(f -> f.code() == Flag.Code.WEB_JUNK).map(Flag::evidence).toList());
        assertEquals(List.of("召开会议3次"), r.metrics().stream().map(Metric::text).toList());
    }

    @Test
    void inline_items_with_di_yi_style_are_checked_too() {
        ParsedReport r = parse("三、下步打算\n第一，加强学习。\n第二，强化监督。\n第四，改进作风。");
        assertThat(r.flags()).anyMatch(f -> f.code() == Flag.Code.NUMBERING && f.evidence().equals("第四"));
        assertEquals(List.of(1, 2, 4), r.items().stream().map(InlineItem::ordinal).toList());
    }

    @Test
    void a_short_text_cut_mid_sentence_is_flagged() {
        ParsedReport r = parse("一、工作情况\n召开中心组学习9次，组织开展");
        assertTrue(r.hasFlag(Flag.Code.TOO_SHORT));
        assertThat(r.flags()).anyMatch(f -> f.code() == Flag.Code.TRUNCATED && f.evidence().endsWith("组织开展"));
    }

    @Test
    void report_year_is_inferred_and_mismatched_years_flagged() {
        ParsedReport r = parse("2023年上半年党建工作总结\n今年以来，召开会议9次。\n二、下半年工作打算\n2022年将继续推进。");
        assertEquals(2023, r.reportYear());
        assertEquals(List.of("2022年"), r.flags().stream().filter(f -> f.code() == Flag.Code.YEAR_MISMATCH)
                .map(Flag::evidence).toList());
        assertEquals(List.of(2023, 2022), r.years());
    }

    @Test
    void unheaded_problem_and_plan_transitions_split_parts() {
        ParsedReport r = parse("今年以来，召开中心组学习9次。\n在取得成绩的同时，我们也清醒地看到还存在一些不足：学习不深。\n"
                + "下一步，我们将继续加强学习。");
        assertEquals(List.of(Part.WORK_DONE, Part.PROBLEMS, Part.PLANS), r.parts());
    }
}
