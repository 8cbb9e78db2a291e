package com.jgdj.dashboard.completeness;

import com.jgdj.dashboard.base.ExcelText;
import com.jgdj.dashboard.base.Formats;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Writes 报送情况 as .xlsx (fastexcel): Chinese headers, the period, filter and export time, numbers as numbers. */
@Component
class CompletenessExport {

    private final Clock clock;

    CompletenessExport(Clock clock) {
        this.clock = clock;
    }

    byte[] write(String periodName, String filterDescription, List<CategoryCompletenessRow> categories,
                 List<UnitCompletenessRow> units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "jgdj-dashboard", "1.0");
            summary(workbook.newWorksheet("按类别汇总"), periodName, categories);
            unitSheet(workbook.newWorksheet("各单位报送情况"), periodName, filterDescription, units);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void summary(Worksheet sheet, String periodName, List<CategoryCompletenessRow> rows) {
        int r = heading(sheet, periodName + " 报送情况（按类别）", "全部单位");
        header(sheet, r, "单位类别", "应报单位", "已报送", "按时", "逾期", "未报送");
        for (CategoryCompletenessRow row : rows) {
            r++;
            sheet.value(r, 0, ExcelText.safe(row.categoryName()));
            sheet.value(r, 1, row.expected());
            sheet.value(r, 2, row.received());
            sheet.value(r, 3, row.onTime());
            sheet.value(r, 4, row.late());
            sheet.value(r, 5, row.missing());
        }
    }

    private void unitSheet(Worksheet sheet, String periodName, String filterDescription,
                           List<UnitCompletenessRow> rows) {
        int r = heading(sheet, periodName + " 各单位报送情况", filterDescription);
        header(sheet, r, "单位", "单位类别", "报送情况", "报送时间", "联系人", "联系电话");
        for (UnitCompletenessRow row : rows) {
            r++;
            sheet.value(r, 0, ExcelText.safe(row.unitName()));
            sheet.value(r, 1, ExcelText.safe(row.categoryName()));
            sheet.value(r, 2, ExcelText.safe(row.state()));
            sheet.value(r, 3, Formats.dateTime(row.submittedAt()));
            sheet.value(r, 4, ExcelText.safe(row.contactName()));
            sheet.value(r, 5, ExcelText.safe(row.contactPhone()));
        }
        sheet.width(0, 30);
        sheet.width(3, 18);
    }

    /** Title, filter and export time in the first rows; returns the row of the column headers. */
    private int heading(Worksheet sheet, String title, String filterText) {
        sheet.value(0, 0, ExcelText.safe(title));
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, ExcelText.safe("筛选条件：" + filterText));
        sheet.value(2, 0, "导出时间：" + Formats.dateTime(OffsetDateTime.now(clock)));
        return 4;
    }

    private static void header(Worksheet sheet, int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(row, c, ExcelText.safe(titles[c]));
            sheet.style(row, c).bold().fillColor("DDEBF7").set();
        }
    }
}
