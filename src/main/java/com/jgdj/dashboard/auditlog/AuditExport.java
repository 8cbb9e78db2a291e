package com.jgdj.dashboard.auditlog;

import com.jgdj.dashboard.base.Formats;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiFunction;

/** Writes the filtered audit log as .xlsx; text that a spreadsheet would read as a formula is kept as text. */
final class AuditExport {

    static final List<String> HEADERS = List.of("时间", "用户", "类型", "单位", "报送期", "摘要", "修改前", "修改后");
    static final int PAGE = 5_000;

    private AuditExport() {
    }

    /** Title in row 1, the filter in row 2, export time in row 3, headers in row 5, entries from row 6. */
    static byte[] write(String filterText, OffsetDateTime now, BiFunction<Integer, Integer, List<AuditRow>> pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "jgdj-dashboard", "1.0");
            Worksheet sheet = workbook.newWorksheet("审计日志");
            sheet.value(0, 0, "审计日志");
            sheet.style(0, 0).bold().fontSize(14).set();
            sheet.value(1, 0, text("筛选条件：" + filterText));
            sheet.value(2, 0, "导出时间：" + Formats.dateTime(now));
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(4, c, HEADERS.get(c));
                sheet.style(4, c).bold().fillColor("DDEBF7").set();
            }
            int r = 5;
            for (int offset = 0; ; offset += PAGE) {
                List<AuditRow> rows = pages.apply(offset, PAGE);
                for (AuditRow row : rows) {
                    List<String> cells = List.of(Formats.dateTime(row.at()), row.username(), row.kindLabel(),
                            nullToEmpty(row.unitName()), nullToEmpty(row.periodName()), nullToEmpty(row.detail()),
                            nullToEmpty(row.before()), nullToEmpty(row.after()));
                    for (int c = 0; c < cells.size(); c++) {
                        sheet.value(r, c, text(cells.get(c)));
                    }
                    r++;
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
            sheet.width(0, 18);
            sheet.width(3, 28);
            sheet.width(5, 50);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A cell starting with = + - or @ would be run as a formula by a spreadsheet: a leading ' keeps it text. */
    static String text(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
