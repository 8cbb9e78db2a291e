package com.jgdj.dashboard.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    private static ParsedReport parse(String text) {
        return Seeds.PARSER.parse(text, ParseContext.of(Seeds.DICTIONARY));
    }

    @Test
    void half_width_and_full_width_markers_are_unified() {
        assertEquals("（一）存在的问题\n1.政治固本\n1、组织保障\n（2）增强理论武装\n2.党建特色",
                TextNormalizer.normalize("(一)存在的问题\r\n１．政治固本\n1、 组织保障\n(2)增强理论武装\n2. 党建特色"));
    }

    @Test
    void nbsp_ideographic_spaces_and_stray_spaces_in_chinese_text_are_removed() {
        assertEquals("深入贯彻落实习近平新时代中国特色社会主义思想，召开会议9次，参会120人。",
                TextNormalizer.normalize("\u3000\u3000深入贯彻落实习近平新时代中国特 色社会主义思想 , 召开会议 9 次，参会\u00A0120 人。  "));
        assertEquals("Word 文档 offer 直接发", TextNormalizer.normalize("Word 文档 offer 直接发"));
    }

    @Test
    void half_width_punctuation_between_chinese_becomes_full_width() {
        assertEquals("找的还不够准，在探索党建新模式；党委（党组）：", TextNormalizer.normalize("找的还不够准,在探索党建新模式;党委(党组):"));
        assertEquals("合计1,675人", TextNormalizer.normalize("合计1,675人"));
    }

    @Test
    void blank_lines_and_trailing_blank_lines_are_dropped() {
        assertEquals("一、工作情况\n正文。", TextNormalizer.normalize("\n\n一、工作情况\n\n \n正文。\n \n\u3000\n"));
    }

    @Test
    void hard_wrapped_paragraphs_are_rejoined_but_headings_stay_on_their_own_line() {
        String paragraph = "今年以来，局党组坚持以习近平新时代中国特色社会主义思想为指导，认真落实全面从严治党主体责任，"
                + "召开中心组集中学习9次，组织开展警示教育28次，参与人数501人，发现相关问题20条，完成整改18条，推动机关党建工作取得明显成效。";
        StringBuilder wrapped = new StringBuilder("一、主要工作情况\n");
        for (int i = 0; i < paragraph.length(); i += 24) {
            wrapped.append(paragraph, i, Math.min(paragraph.length(), i + 24)).append('\n');
        }
        wrapped.append("二、存在的问题\n");
        String more = "一是学习不够深入，理论联系实际不够紧密，运用党的创新理论指导实践的能力还需提升，学习成果转化不够。";
        for (int i = 0; i < more.length(); i += 24) {
            wrapped.append(more, i, Math.min(more.length(), i + 24)).append('\n');
        }
        assertEquals("一、主要工作情况\n" + paragraph + "\n二、存在的问题\n" + more, TextNormalizer.normalize(wrapped.toString()));
        ParsedReport r = parse(wrapped.toString());
        assertEquals("召开中心组集中学习9次", Seeds.metric(r, "召开中心组集中学习9次").text());
    }

    @Test
    void a_report_flattened_into_one_line_is_split_at_its_heading_markers() {
        String flat = Seeds.text(Seeds.S000).replace("\n", "");
        ParsedReport r = parse(flat);
        assertEquals(List.of("一、上半年工作开展情况", "二、存在的问题", "三、下半年工作打算"),
                r.headings().stream().filter(h -> h.level() == 1).map(Heading::text).toList());
        assertEquals(List.of(1, 2, 3), r.headings().stream().filter(h -> h.level() == 2).map(Heading::ordinal).toList());
        assertEquals(List.of(Part.WORK_DONE, Part.PROBLEMS, Part.PLANS), r.parts());
        Seeds.assertOffsetsExact(r);
    }

    @Test
    void a_short_flattened_report_with_headings_ending_in_full_stops_is_split_too() {
        ParsedReport r = parse("今年以来，我单位深入学习贯彻党的二十大精神。一、主要做法。（一）抓好学习。召开中心组学习5次。"
                + "二、存在问题。一是学习不深入。二是制度落实不到位。三、下半年工作打算。一是加强学习。");
        assertEquals(List.of("1|一、主要做法", "2|（一）抓好学习", "1|二、存在问题", "1|三、下半年工作打算"), Seeds.headings(r));
        assertEquals(List.of(Part.WORK_DONE, Part.PROBLEMS, Part.PLANS), r.parts());
    }

    @Test
    void plain_lists_of_inline_items_are_not_split() {
        String line = "一是全面从严治党主体责任落细落实。二是意识形态工作责任制抓严抓实。三是巡察整改政治责任有力有效。" .repeat(4);
        assertThat(TextNormalizer.normalize(line)).doesNotContain("\n");
    }
}
