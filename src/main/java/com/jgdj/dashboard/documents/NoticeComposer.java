package com.jgdj.dashboard.documents;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.documents.docx.Block;
import com.jgdj.dashboard.documents.docx.Block.Kind;
import com.jgdj.dashboard.documents.docx.OfficialText;
import com.jgdj.dashboard.ranking.InterviewRow;
import com.jgdj.dashboard.ranking.RankingRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 通报 of a period: number, title, addressee, the template's opening, the units of each grade in pinyin order
 * (per category, categories in their order, when the scheme counts the 优秀 quota per category), the 约谈名单 with
 * the units that lost their 评优资格, the template's closing, issuing organ and date.
 */
final class NoticeComposer {

    static final String GRADES_HEADING = "考核结果";
    static final String INTERVIEWS_HEADING = "约谈名单";
    static final String CLOSING_HEADING = "工作要求";

    private NoticeComposer() {
    }

    static String title(String period) {
        return "关于" + period + "机关党建工作考核结果的通报";
    }

    /** {@code ranking} ordered by category (the order categories are listed in when {@code byCategory}). */
    static OfficialText compose(TemplateForm t, String period, LocalDate issued, List<RankingRow> ranking,
                                boolean byCategory, List<InterviewRow> interviews) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.of(Kind.NUMBER, TemplateForm.fill(t.numberPattern(), period, issued.getYear(), null)));
        blocks.add(Block.of(Kind.TITLE, title(period)));
        blocks.add(Block.of(Kind.ADDRESSEE, TemplateForm.fill(t.addressee(), period, issued.getYear(), null)));
        paragraphs(blocks, t.opening(), period, issued);
        blocks.add(Block.of(Kind.HEADING1, ChineseOrdinals.first(1) + GRADES_HEADING));
        int n = 1;
        for (Grade grade : Grade.values()) {
            List<RankingRow> units = ranking.stream().filter(r -> r.grade() == grade).toList();
            blocks.add(Block.of(Kind.HEADING2, ChineseOrdinals.second(n++) + grade.label() + "（" + units.size() + "个）"));
            blocks.add(Block.of(Kind.BODY, units.isEmpty() ? "无。" : byCategory ? byCategory(units) : names(units) + "。"));
        }
        blocks.add(Block.of(Kind.HEADING1, ChineseOrdinals.first(2) + INTERVIEWS_HEADING));
        blocks.add(Block.of(Kind.BODY, interviews.isEmpty() ? "本期无单位列入约谈名单。"
                : "以下单位考核等次为较差或排名靠后，列入约谈名单，由市直机关工委约谈其党组织书记："
                  + interviewList(interviews) + "。"));
        List<String> disqualified = interviews.stream().filter(InterviewRow::disqualified)
                .map(InterviewRow::unitName).toList();
        if (!disqualified.isEmpty()) {
            blocks.add(Block.of(Kind.BODY, "其中，" + UnitNames.joined(disqualified) + "取消年度考核评优资格。"));
        }
        blocks.add(Block.of(Kind.HEADING1, ChineseOrdinals.first(3) + CLOSING_HEADING));
        paragraphs(blocks, t.closing(), period, issued);
        blocks.add(Block.of(Kind.ORGAN, t.issuingOrgan()));
        blocks.add(Block.of(Kind.DATE, Formats.date(issued)));
        return new OfficialText(title(period), blocks);
    }

    static void paragraphs(List<Block> blocks, String text, String period, LocalDate issued) {
        text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .forEach(l -> blocks.add(Block.of(Kind.BODY, TemplateForm.fill(l, period, issued.getYear(), null))));
    }

    private static String names(List<RankingRow> units) {
        return UnitNames.joined(units.stream().map(RankingRow::unitName).toList());
    }

    /** 综合部门：甲、乙；经济部门：丙。 */
    private static String byCategory(List<RankingRow> units) {
        Map<String, List<RankingRow>> groups = new LinkedHashMap<>();
        units.forEach(r -> groups.computeIfAbsent(r.categoryName(), c -> new ArrayList<>()).add(r));
        List<String> parts = new ArrayList<>();
        groups.forEach((category, rows) -> parts.add(category + "：" + names(rows)));
        return String.join("；", parts) + "。";
    }

    /** 甲（较差）、乙（排名靠后）, in pinyin order. */
    private static String interviewList(List<InterviewRow> interviews) {
        return interviews.stream().sorted((a, b) -> UnitNames.ORDER.compare(a.unitName(), b.unitName()))
                .map(r -> r.unitName() + "（" + r.reason() + "）").reduce((a, b) -> a + "、" + b).orElse("");
    }
}
