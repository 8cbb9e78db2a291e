package com.jgdj.dashboard.completeness;

import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.xlsx.XlsxTable;
import com.jgdj.dashboard.base.xlsx.XlsxWriter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes 报送情况 as .xlsx through the one {@link XlsxWriter}: Chinese headers, the period, filter and export time,
 * numbers as numbers.
 */
@Component
class CompletenessExport {

    private final Clock clock;

    CompletenessExport(Clock clock) {
        this.clock = clock;
    }

    byte[] write(String periodName, String filterDescription, List<CategoryCompletenessRow> categories,
                 List<UnitCompletenessRow> units) {
        List<List<Object>> summary = new ArrayList<>();
        for (CategoryCompletenessRow row : categories) {
            summary.add(Arrays.asList(row.categoryName(), row.expected(), row.received(), row.onTime(), row.late(),
                    row.missing()));
        }
        List<List<Object>> unitRows = new ArrayList<>();
        for (UnitCompletenessRow row : units) {
            unitRows.add(Arrays.asList(row.unitName(), row.categoryName(), row.state(),
                    Formats.dateTime(row.submittedAt()), row.contactName(), row.contactPhone()));
        }
        return XlsxWriter.write(
                new XlsxTable("按类别汇总", periodName + " 报送情况（按类别）", facts(periodName, "全部单位"),
                        List.of("单位类别", "应报单位", "已报送", "按时", "逾期", "未报送"), summary, List.of(16)),
                new XlsxTable("各单位报送情况", periodName + " 各单位报送情况", facts(periodName, filterDescription),
                        List.of("单位", "单位类别", "报送情况", "报送时间", "联系人", "联系电话"), unitRows,
                        List.of(30, 16, 16, 18)));
    }

    private List<XlsxTable.Fact> facts(String periodName, String filter) {
        return List.of(new XlsxTable.Fact("报送期", periodName), new XlsxTable.Fact("筛选条件", filter),
                XlsxTable.Fact.exportedAt(clock));
    }
}
