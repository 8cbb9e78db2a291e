package com.jgdj.dashboard.parsing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.jgdj.dashboard.parsing.Seeds.headings;
import static com.jgdj.dashboard.parsing.Seeds.metric;
import static com.jgdj.dashboard.parsing.Seeds.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedReportParsingTest {

    private static void assertMetric(ParsedReport r, String text, String number, String unit, boolean approx,
                                     String indicator) {
        Metric m = metric(r, text);
        assertEquals(0, new BigDecimal(number).compareTo(m.number()), text);
        assertEquals(unit, m.unit(), text);
        assertEquals(approx, m.approx(), text);
        assertEquals(indicator, m.indicator(), text);
    }

    private static List<Flag> flags(ParsedReport r, Flag.Code code) {
        return r.flags().stream().filter(f -> f.code() == code).toList();
    }

    @Test
    void seed_000_has_three_parts_with_second_level_headings() {
        ParsedReport r = parse(Seeds.S000);
        assertNull(r.title());
        assertEquals(ParsedReport.Form.REPORT, r.form());
        assertEquals(List.of("1|一、上半年工作开展情况", "2|（一）始终坚持和加强党的全面领导", "2|（二）切实强化思想理论武装",
                "2|（三）纵深推进全面从严治党管党", "1|二、存在的问题", "1|三、下半年工作打算"), headings(r));
        assertEquals(List.of(2, 3, 7, 11, 15, 19), r.headings().stream().map(Heading::line).toList());
        assertEquals(List.of(Part.WORK_DONE, Part.PROBLEMS, Part.PLANS), r.parts());
        assertEquals(List.of(2023), r.years());
        assertEquals(2023, r.reportYear());
        assertTrue(r.problemShare() > 0.05 && r.problemShare() < 0.15, "problem share " + r.problemShare());
        assertTrue(r.flags().isEmpty(), r.flags().toString());
    }

    @Test
    void seed_000_counts_include_decimals_percentages_and_approximations() {
        ParsedReport r = parse(Seeds.S000);
        assertMetric(r, "开展**机关理论学习中心组学习6次", "6", "次", false, "中心组学习");
        assertMetric(r, "报送《意识形态工作月报》5期", "5", "期", false, "意识形态工作");
        assertMetric(r, "3.45亿元", "3.45", "亿元", false, null);
        assertMetric(r, "参学率达107.4%", "107.4", "%", false, null);
        assertMetric(r, "组织超553万", "553", "万", true, null);
        assertMetric(r, "覆盖青少年3000余人次", "3000", "人次", true, null);
        assertMetric(r, "举办“校园**市日”活动19场", "19", "场", false, null);
        List<String> texts = r.metrics().stream().map(Metric::text).toList();
        assertThat(texts).noneMatch(t -> t.contains("月") && t.endsWith("日") || t.contains("第三集") || t.endsWith("年"));
    }

    @Test
    void seed_001_numbered_topics_are_run_in_third_level_headings() {
        ParsedReport r = parse(Seeds.S001);
        assertEquals(List.of("1|一、履行工作责任情况", "3|1.政治固本，建设学习型党组织", "3|2.组织保障，落实党建主体责任",
                "3|3.突出重点，增效提质党建工作", "3|4.清风助力，提升党员党性修养", "1|二、存在的主要问题及原因",
                "2|（一）存在的问题", "3|1.党建工作第一责任人职责落实还有待加强", "3|2.党建特色亮点还不够明显",
                "3|3.党建激励作用需进一步发挥", "1|三、下一步工作打算", "2|（一）规范提升机关党建工作", "3|1.以思想建设为抓手",
                "3|2.以政治建设为统领", "3|3.以组织建设为基础", "2|（二）深化提升品牌建设水平", "3|1.实施党建品牌工程",
                "3|2.实施支部工作法覆盖工程", "2|（三）促进党建与业务深度融合", "3|1.坚持围绕中心抓党建理念",
                "3|2.强化党建统领、党建先行思维", "3|3.坚持一切工作到支部导向"), headings(r));
        assertTrue(r.headings().get(1).runIn());
        assertFalse(r.headings().get(0).runIn());
        assertEquals(List.of(Part.WORK_DONE, Part.PROBLEMS, Part.PLANS), r.parts());
        assertEquals(List.of(2022), r.years());
    }

    @Test
    void seed_001_counts_map_to_indicators() {
        ParsedReport r = parse(Seeds.S001);
        assertMetric(r, "召开中心组集中学习9次", "9", "次", false, "中心组学习");
        assertMetric(r, "团市委书记室成员赴基层宣讲8次", "8", "次", false, "宣讲");
        assertMetric(r, "组织集体政治教育8次", "8", "次", false, "集体学习");
        assertMetric(r, "开展主题活动200余次", "200", "次", true, "主题活动");
        assertMetric(r, "组织开展“清风课堂”8次", "8", "次", false, "廉政教育");
        assertMetric(r, "22名", "22", "名", false, "志愿服务");
        assertMetric(r, "提供助企服务700余场次", "700", "场次", true, null);
        assertThat(r.metrics()).noneMatch(m -> m.text().contains("2022") || m.text().contains("51"));
    }

    @Test
    void seed_001_plans_for_an_earlier_year_than_its_period() {
        ParsedReport r = parse(Seeds.S001, new ReportPeriod(2023, ReportPeriod.Kind.H1));
        List<Flag> mismatch = flags(r, Flag.Code.YEAR_MISMATCH);
        assertEquals(1, mismatch.size(), mismatch.toString());
        assertEquals("2022年度", mismatch.getFirst().evidence());
        assertThat(mismatch.getFirst().message()).contains("2022年", "2023年", "共3处");
        assertEquals(Part.PLANS, YearAnalyzer.partAt(r.sections(), mismatch.getFirst().start()));
        // without a period the text alone names no other year, so nothing contradicts 2022
        assertTrue(flags(parse(Seeds.S001), Flag.Code.YEAR_MISMATCH).isEmpty());
        assertTrue(flags(parse(Seeds.S000, new ReportPeriod(2023, ReportPeriod.Kind.H1)), Flag.Code.YEAR_MISMATCH).isEmpty());
    }

    @Test
    void seed_002_counts_map_to_indicators() {
        ParsedReport r = parse(Seeds.S002);
        assertMetric(r, "党组每年专题研究意识形态工作4次", "4", "次", false, "意识形态专题研究");
        assertMetric(r, "建立、修订完善相关制度20个", "20", "个", false, "建立或修订制度");
        assertMetric(r, "某某系统共计开展政治理论集中学习70余个场次", "70", "个场次", true, "集体学习");
        assertMetric(r, "联合主题党日14次", "14", "次", false, "主题党日");
        assertMetric(r, "轮值主题党课20堂", "20", "堂", false, "党课");
        assertMetric(r, "撰写学习心得120余篇", "120", "篇", true, "心得体会");
        assertMetric(r, "开展知识测验12场次", "12", "场次", false, "测试考试");
        assertMetric(r, "制定完善30项", "30", "项", false, "建立或修订制度");
        assertMetric(r, "排查出500多个", "500", "个", true, "廉政风险点");
        assertMetric(r, "发现相关问题20条", "20", "条", false, "发现问题");
        assertMetric(r, "完成整改18条", "18", "条", false, "完成整改");
        assertMetric(r, "局主要负责人与班子成员开展谈心谈话10次", "10", "次", false, "谈心谈话");
        assertMetric(r, "集体任前廉政谈话3次", "3", "次", false, "廉政谈话/约谈");
        assertMetric(r, "处级干部和分管科室负责人开展约谈5批次", "5", "批次", false, "廉政谈话/约谈");
        assertMetric(r, "组织开展警示教育28次", "28", "次", false, "警示教育");
        assertMetric(r, "参与人数501人", "501", "人", false, "党员参与人次");
        assertMetric(r, "开展以案示警5场次", "5", "场次", false, "警示教育");
        assertMetric(r, "撰写对照检查材料20篇", "20", "篇", false, null);
        assertMetric(r, "优秀的青年党务干部占比30%", "30", "%", false, null);
        assertThat(r.metrics()).noneMatch(m -> m.text().contains("八项"));
    }

    @Test
    void seed_002_repeated_and_skipped_items_are_numbering_errors() {
        ParsedReport r = parse(Seeds.S002);
        List<Flag> numbering = flags(r, Flag.Code.NUMBERING);
        assertEquals(2, numbering.size(), numbering.toString());
        assertEquals("三是", numbering.get(0).evidence());
        assertEquals("序号“三是”重复出现", numbering.get(0).message());
        assertEquals("六是", numbering.get(1).evidence());
        assertEquals("序号跳号：“三是”之后出现“六是”，缺少“四是、五是”", numbering.get(1).message());
        assertTrue(r.text().substring(numbering.get(0).start()).startsWith("三是抓制度建设"));
        assertTrue(r.text().substring(numbering.get(1).start()).startsWith("六是抓作风建设"));
        assertEquals(List.of("1|一、主要工作情况", "2|（一）党建责任落实展现新局面", "2|（二）政治理论学习取得新成果",
                "2|（三）党建制度建设再上新台阶", "2|（四）组织建设呈现新亮点", "2|（五）作风建设迈出新步伐",
                "1|二、存在的主要问题", "1|三、下半年工作计划"), headings(r));
        assertEquals(List.of(Part.WORK_DONE, Part.PROBLEMS, Part.PLANS), r.parts());
        assertEquals(List.of(1, 2, 3, 4), r.items().stream().filter(i -> i.line() == 5).map(InlineItem::ordinal).toList());
    }

    @Test
    void seed_003_lists_every_placeholder() {
        ParsedReport r = parse(Seeds.S003);
        List<String> expected = List.of("text:XX", "text:XX", "count:多少次", "count:多少次", "count:多少期", "count:多少次",
                "count:多少场次", "count:多少次", "count:多少次", "count:多少次", "count:多少次", "text:被表彰为什么",
                "text:取得了什么荣誉", "count:多少人", "count:多少人", "count:多少人", "count:多少人", "count:多少人",
                "count:多少次", "count:多少余次", "count:多少次", "count:多少次", "count:几方面", "count:多少余项",
                "count:多少次", "count:多少次", "count:多少次", "count:少次", "count:多少篇", "count:多少名", "count:多少人",
                "count:多少次", "count:多少次", "count:多少余条", "count:多少份", "count:多少条", "count:多少家", "count:多少次",
                "count:多少批", "count:多少人次", "count:多少件", "count:多少件", "count:多少", "count:多少次", "count:多少次",
                "count:几次", "text:报道我委什么先进经验", "count:多少次", "count:多少处", "count:多少个", "count:多少万余份",
                "count:多少篇", "text:XX", "text:XX");
        assertEquals(expected, r.placeholders().stream().map(p -> p.kind().code() + ":" + p.text()).toList());
        assertEquals(expected.size(), flags(r, Flag.Code.PLACEHOLDER).size());
        // "以下几个方面" announces a list; it is not a missing number
        assertThat(r.placeholders()).noneMatch(p -> p.text().equals("几个方面"));
    }

    @Test
    void seed_003_has_both_junk_markers_and_unheaded_problem_and_plan_parts() {
        ParsedReport r = parse(Seeds.S003);
        assertEquals(List.of("##paidbegin##", "##paidend##"),
                flags(r, Flag.Code.WEB_JUNK).stream().map(Flag::evidence).toList());
        assertEquals("2023年全面从严治党工作情况汇报", r.title());
        assertEquals(List.of(Part.WORK_DONE, Part.PROBLEMS, Part.PLANS), r.parts());
        Section problems = r.sections().stream().filter(s -> s.part() == Part.PROBLEMS).findFirst().orElseThrow();
        assertTrue(r.text().substring(problems.start()).startsWith("经查摆检视，发现在履行全面从严治党"));
        Section plans = r.sections().stream().filter(s -> s.part() == Part.PLANS).findFirst().orElseThrow();
        assertTrue(r.text().substring(plans.start()).startsWith("下步工作，将以学习贯彻"));
        assertEquals(List.of("1|一、坚定党委统领，固化政治建党", "4|（1）增强理论武装", "4|（2）加强支部规建",
                        "4|（3）做强基层基础", "1|二、坚持监督带领，深化制度管党", "4|（1）聚焦民主决策", "4|（2）聚焦监督检查",
                        "4|（3）聚焦作风建设", "1|三、坚守作风引领，强化从严治党", "4|（1）以纲带目，蹄疾步稳层层推进",
                        "4|（2）以学正风，学深悟透凝聚共识", "4|（3）查事项报告表》，查摆问题多少余条，目前全部整改完毕",
                        "1|四、坚随责任要领，具化组织领导", "4|（1）严格组织生活", "4|（2）严明政治纪律", "4|（3）严管干部队伍",
                        "4|（4）严抓意识形态", "4|（1）责任落实还有空档", "4|（2）廉政建设还有风险", "4|（3）四风整治还有短板",
                        "4|（4）意识形态还有隐患"),
                headings(r));
        assertEquals(List.of(2023), r.years());
        assertTrue(flags(r, Flag.Code.NUMBERING).isEmpty(), flags(r, Flag.Code.NUMBERING).toString());
        List<Flag> truncated = flags(r, Flag.Code.TRUNCATED);
        assertEquals(List.of("查事项报告表》"), truncated.stream().map(Flag::evidence).toList());
        assertMetric(r, "列举10余项", "10", "项", true, null);
    }

    @Test
    void seed_004_is_a_speech_without_problems() {
        ParsedReport r = parse(Seeds.S004);
        assertEquals(ParsedReport.Form.SPEECH, r.form());
        assertNull(r.title());
        assertEquals(List.of("1|一、旗帜鲜明讲政治锤炼忠诚品格", "1|二、持续深化强理论筑牢信仰之魂", "1|三、守正创新夯基石建强战斗堡垒",
                "1|四、统筹兼顾重群团凝聚强大合力", "1|五、严的基调转作风营造清廉氛围", "1|六、主动作为担责任确保见行见效"),
                headings(r));
        assertEquals(List.of(Part.WORK_DONE), r.parts());
        assertTrue(r.hasFlag(Flag.Code.MISSING_PROBLEMS));
        assertTrue(r.hasFlag(Flag.Code.MISSING_PLANS));
        assertEquals(0.0, r.problemShare());
        assertEquals(Part.CLOSING, r.sections().getLast().part());
        assertTrue(r.text().substring(r.sections().getLast().start()).startsWith("汇报完毕"));
        assertMetric(r, "党委（党组）每年专题研究意识形态工作不少于2次", "2", "次", true, "意识形态专题研究");
        assertThat(r.metrics()).noneMatch(m -> m.text().contains("四个"));
        assertEquals(List.of(), r.years());
    }

    @Test
    void offsets_of_every_span_are_exact_in_every_seed() {
        for (String seed : Seeds.ALL) {
            ParsedReport r = parse(seed);
            Seeds.assertOffsetsExact(r);
            assertFalse(r.text().endsWith("\n"), seed);
            assertFalse(r.text().contains("\n\n"), seed);
        }
    }

    @Test
    void seeds_have_at_least_fifteen_named_counts() {
        long named = Seeds.ALL.stream().map(Seeds::parse).flatMap(r -> r.metrics().stream())
                .filter(m -> m.indicator() != null).count();
        assertTrue(named >= 15, "named counts: " + named);
    }
}
