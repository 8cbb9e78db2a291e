package com.jgdj.dashboard.findings;

import com.jgdj.dashboard.base.xlsx.XlsxTable;
import com.jgdj.dashboard.base.xlsx.XlsxWriter;
import com.jgdj.dashboard.similarity.SimilarityRow;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes 核查发现 as .xlsx through the one {@link XlsxWriter}: a sheet per list (数字核对提示, 疑似雷同 when the user
 * may see it, 上期打算未落实), each with the period, the filters and the export time.
 */
@Component
class FindingsExport {

    private final Clock clock;

    FindingsExport(Clock clock) {
        this.clock = clock;
    }

    byte[] write(String periodName, String filterDescription, List<RuleViolation> violations,
                 List<SimilarityRow> copies, List<PlanGapRow> gaps) {
        List<XlsxTable.Fact> facts = List.of(new XlsxTable.Fact("报送期", periodName),
                new XlsxTable.Fact("筛选条件", filterDescription), XlsxTable.Fact.exportedAt(clock));
        List<List<Object>> ruleRows = new ArrayList<>();
        for (RuleViolation v : violations) {
            ruleRows.add(Arrays.asList(v.unitName(), v.ruleName(), v.message(), v.text()));
        }
        List<List<Object>> gapRows = new ArrayList<>();
        for (PlanGapRow g : gaps) {
            gapRows.add(Arrays.asList(g.unitName(), g.itemText(), g.score()));
        }
        List<XlsxTable> tables = new ArrayList<>();
        tables.add(new XlsxTable("数字核对提示", periodName + " 数字核对提示", facts,
                List.of("单位", "规则", "提示", "原文"), ruleRows, List.of(30, 24, 40, 60)));
        if (copies != null) {
            List<List<Object>> copyRows = new ArrayList<>();
            for (SimilarityRow r : copies) {
                copyRows.add(Arrays.asList(r.unitA(), r.previous() ? "本单位" + r.periodB() + "报告" : r.unitB(),
                        r.score().stripTrailingZeros(), r.longestPassage()));
            }
            tables.add(new XlsxTable("疑似雷同", periodName + " 疑似雷同", facts,
                    List.of("单位", "相似对象", "相似度", "最长雷同段落（字）"), copyRows, List.of(30, 30, 10, 18)));
        }
        tables.add(new XlsxTable("上期打算未落实", periodName + " 上期工作打算未落实", facts,
                List.of("单位", "上期工作打算", "最佳匹配度"), gapRows, List.of(30, 70, 12)));
        return XlsxWriter.write(tables.toArray(XlsxTable[]::new));
    }
}
