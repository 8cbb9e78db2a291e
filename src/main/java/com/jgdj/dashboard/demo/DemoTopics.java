package com.jgdj.dashboard.demo;

import java.util.List;

/**
 * The subsections （一）… of a demo report's work part: their titles, short leads and the count clauses the parser
 * extracts indicators from. Slots: {span} 上半年/全年, {n:A-B} a count (doubled for annual periods), {k:A-B} a
 * count that is not doubled, {study} 中心组学习 times, {warning} 警示教育 times, {talk} 谈心谈话 person-times,
 * {found} problems found, {fixed} problems fixed (never more than found).
 */
final class DemoTopics {

    record Topic(List<String> titles, List<String> leads, List<String> clauses) {
    }

    private DemoTopics() {
    }

    static final List<Topic> ALL = List.of(
            new Topic(List.of("始终坚持和加强党的全面领导", "党建责任落实展现新局面", "坚定党委统领，固化政治建党"),
                    List.of("坚持把政治建设摆在首位", "压紧压实主体责任", "巡察整改政治责任有力有效",
                            "全面从严治党主体责任落细落实"),
                    List.of("专题召开全面从严治党工作会议{n:1-3}次", "党组研究部署全面从严治党工作{n:2-4}次",
                            "先后{n:3-8}次召开党组会听取巡察整改进展汇报", "建立、修订完善相关制度{n:5-20}个",
                            "细化明确{k:4-6}个岗位{n:30-70}项具体职责")),
            new Topic(List.of("切实强化思想理论武装", "政治理论学习取得新成果", "持续深化理论武装"),
                    List.of("落实“第一议题”制度", "深入学习研讨", "抓实学习教育", "政治理论学习有成效"),
                    List.of("{span}召开理论学习中心组学习{study}次", "组织集体政治教育{n:3-9}次",
                            "撰写学习心得{n:20-120}篇", "开展知识测验{n:3-12}场次", "轮值主题党课{n:6-20}堂",
                            "组织党员干部参加专题培训{n:2-6}期")),
            new Topic(List.of("组织建设呈现新亮点", "夯实基层组织基础", "规范提升机关党建工作"),
                    List.of("严格党组织生活制度", "加强阵地建设", "选优配强支部班子", "推进支部标准化规范化建设"),
                    List.of("{span}召开支部党员大会{n:2-6}次、支委会{n:6-12}次", "讲授专题党课{n:2-6}次",
                            "开展主题党日活动{n:3-12}次", "组织党员志愿服务{n:5-40}场次，参与党员{n:40-300}人次",
                            "为{k:2-9}个党支部配强配优党支部书记")),
            new Topic(List.of("纵深推进全面从严治党", "作风建设迈出新步伐", "坚守作风引领，强化从严治党"),
                    List.of("深入开展廉政教育", "持续整治形式主义、官僚主义", "用好监督执纪“四种形态”",
                            "强化推进作风建设"),
                    List.of("{span}组织开展警示教育{warning}次，参与人数{n:60-500}人",
                            "发现相关问题{found}条，完成整改{fixed}条", "开展谈心谈话{talk}人次",
                            "开展集体任前廉政谈话{n:1-3}次", "开展明察暗访{n:2-6}次",
                            "排查出廉政风险点{n:30-200}个，制定防控措施{n:40-300}条")),
            new Topic(List.of("严抓意识形态工作", "意识形态工作责任制抓严抓实"),
                    List.of("严格落实意识形态工作责任制", "坚持党管宣传、党管意识形态"),
                    List.of("党组专题研究意识形态工作{n:1-2}次", "报送《意识形态工作月报》{n:3-6}期",
                            "开展意识形态专题培训{n:1-4}次")),
            new Topic(List.of("促进党建与业务深度融合", "突出重点，增效提质党建工作"),
                    List.of("牢固树立党建、业务“一盘棋”理念", "深入开展“我为群众办实事”实践活动"),
                    List.of("组建服务团{n:10-60}支，走访服务企业{n:50-400}家", "梳理办实事项目{n:5-20}项，已完成{k:3-5}项",
                            "累计开展主题活动{n:20-200}余次，覆盖群众{n:500-5000}人次")));
}
