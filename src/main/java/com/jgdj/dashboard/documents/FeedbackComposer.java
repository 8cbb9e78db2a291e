package com.jgdj.dashboard.documents;

import com.jgdj.dashboard.assessment.Points;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.documents.docx.Block;
import com.jgdj.dashboard.documents.docx.Block.Kind;
import com.jgdj.dashboard.documents.docx.OfficialText;
import com.jgdj.dashboard.submission.ReportAnalysis.FlagRow;
import com.jgdj.dashboard.unitpage.AdjustmentEvidenceRow;
import com.jgdj.dashboard.unitpage.DimensionScoreRow;
import com.jgdj.dashboard.unitpage.UnitPeriodFacts;
import com.jgdj.dashboard.unitpage.UnitProfile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's 反馈意见 for a period: total, grade and ranks; each dimension's score against the city average; every
 * deduction and bonus with the report sentence it rests on; the report's quality flags; the template's texts.
 */
final class FeedbackComposer {

    static final List<String> SCORE_HEADER = List.of("考核项目", "满分", "得分", "得分率", "全市平均得分率");

    private FeedbackComposer() {
    }

    static String title(String unit, String period) {
        return "关于" + unit + period + "机关党建工作考核情况的反馈意见";
    }

    static OfficialText compose(TemplateForm t, String period, LocalDate issued, UnitProfile profile) {
        UnitPeriodFacts f = profile.facts();
        String unit = f.unitName();
        int year = issued.getYear();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.of(Kind.NUMBER, TemplateForm.fill(t.numberPattern(), period, year, unit)));
        blocks.add(Block.of(Kind.TITLE, title(unit, period)));
        blocks.add(Block.of(Kind.ADDRESSEE, TemplateForm.fill(t.addressee(), period, year, unit)));
        paragraphs(blocks, t.opening(), period, year, unit);

        blocks.add(Block.of(Kind.HEADING1, ChineseOrdinals.first(1) + "考核结果"));
        blocks.add(Block.of(Kind.BODY, result(period, f)));

        blocks.add(Block.of(Kind.HEADING1, ChineseOrdinals.first(2) + "各项得分"));
        if (profile.dimensions().isEmpty()) {
            blocks.add(Block.of(Kind.BODY, "本期无分项得分。"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(SCORE_HEADER);
            for (DimensionScoreRow d : profile.dimensions()) {
                rows.add(List.of(d.name(), Points.format(d.maxPoints()), Points.format(d.points()), percent(d.share()),
                        percent(d.cityShare())));
            }
            blocks.add(Block.table(rows));
        }

        blocks.add(Block.of(Kind.HEADING1, ChineseOrdinals.first(3) + "扣分和加分事项"));
        if (profile.adjustments().isEmpty()) {
            blocks.add(Block.of(Kind.BODY, "本期无扣分和加分事项。"));
        }
        int n = 1;
        for (AdjustmentEvidenceRow a : profile.adjustments()) {
            blocks.add(Block.of(Kind.BODY, ChineseOrdinals.second(n++) + adjustment(a)));
        }

        blocks.add(Block.of(Kind.HEADING1, ChineseOrdinals.first(4) + "工作汇报质量提示"));
        blocks.addAll(flags(profile));

        blocks.add(Block.of(Kind.HEADING1, ChineseOrdinals.first(5) + "整改要求"));
        paragraphs(blocks, t.closing(), period, year, unit);
        blocks.add(Block.of(Kind.ORGAN, t.issuingOrgan()));
        blocks.add(Block.of(Kind.DATE, Formats.date(issued)));
        return new OfficialText(title(unit, period), blocks);
    }

    /** 你单位2024年上半年考核总分86分，等次为良好，在全市5个单位中排第4名，在综合部门2个单位中排第2名。 */
    static String result(String period, UnitPeriodFacts f) {
        return "你单位" + period + "考核总分" + Points.format(f.total()) + "分，等次为" + f.grade().label()
               + "，在全市" + f.units() + "个单位中排第" + f.overallRank() + "名，在" + f.categoryName()
               + f.categoryUnits() + "个单位中排第" + f.categoryRank() + "名。";
    }

    /** 扣分0.5分：组织生活开展次数不足（中心组学习次数偏少）。报告原文：“中心组学习6次”。 */
    static String adjustment(AdjustmentEvidenceRow a) {
        String head = ("BONUS".equals(a.kind()) ? "加分" : "扣分") + Points.format(a.points()) + "分：" + a.itemName()
                      + "（" + a.reason() + "）。";
        return head + (a.evidenceText() == null ? "未引用报告原文。" : "报告原文：“" + a.evidenceText() + "”。");
    }

    private static List<Block> flags(UnitProfile profile) {
        if (profile.report() == null) {
            return List.of(Block.of(Kind.BODY, "本期未报送工作汇报。"));
        }
        List<FlagRow> flags = profile.report().analysis().flags();
        if (flags.isEmpty()) {
            return List.of(Block.of(Kind.BODY, "工作汇报未发现质量问题。"));
        }
        List<Block> blocks = new ArrayList<>();
        int n = 1;
        for (FlagRow flag : flags) {
            boolean quoted = flag.evidence() != null && !flag.evidence().isBlank()
                             && !flag.message().contains(flag.evidence());
            String message = flag.message().strip().replaceAll("[。；;.]+$", "");
            blocks.add(Block.of(Kind.BODY, ChineseOrdinals.second(n++) + message
                                           + (quoted ? "：“" + flag.evidence() + "”" : "") + "。"));
        }
        return blocks;
    }

    private static String percent(BigDecimal share) {
        return share == null ? "—" : share.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static void paragraphs(List<Block> blocks, String text, String period, int year, String unit) {
        text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .forEach(l -> blocks.add(Block.of(Kind.BODY, TemplateForm.fill(l, period, year, unit))));
    }
}
