package com.jgdj.dashboard.auditlog;

import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.xlsx.XlsxTable;
import com.jgdj.dashboard.base.xlsx.XlsxWriter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Writes the filtered audit log as .xlsx through the one {@link XlsxWriter} (which keeps formula-like text as text):
 * title, 筛选条件 and 导出时间, then the entries newest first, read page by page; at most {@link #MAX_ROWS} entries
 * (the sheet then says so), a narrower filter gives the rest.
 */
final class AuditExport {

    static final List<String> HEADERS = List.of("时间", "用户", "类型", "单位", "报送期", "摘要", "修改前", "修改后");
    static final int PAGE = 5_000;
    static final int MAX_ROWS = 100_000;

    private AuditExport() {
    }

    static byte[] write(String filterText, Clock clock, BiFunction<Integer, Integer, List<AuditRow>> pages) {
        List<List<Object>> rows = new ArrayList<>();
        boolean cut = false;
        for (int offset = 0; ; offset += PAGE) {
            List<AuditRow> page = pages.apply(offset, PAGE);
            for (AuditRow row : page) {
                if (rows.size() == MAX_ROWS) {
                    cut = true;
                    break;
                }
                rows.add(Arrays.asList(Formats.dateTime(row.at()), row.username(), row.kindLabel(), nz(row.unitName()),
                        nz(row.periodName()), nz(row.detail()), nz(row.before()), nz(row.after())));
            }
            if (cut || page.size() < PAGE) {
                break;
            }
        }
        List<XlsxTable.Fact> facts = new ArrayList<>(List.of(new XlsxTable.Fact("筛选条件", filterText),
                XlsxTable.Fact.exportedAt(clock)));
        if (cut) {
            facts.add(new XlsxTable.Fact("说明", "仅导出最新的" + MAX_ROWS + "条，请缩小筛选范围导出其余记录"));
        }
        return XlsxWriter.write(new XlsxTable("审计日志", "审计日志", facts, HEADERS, rows,
                Arrays.asList(18, null, null, 28, null, 50)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
