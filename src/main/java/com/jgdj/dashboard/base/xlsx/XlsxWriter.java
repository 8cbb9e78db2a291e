package com.jgdj.dashboard.base.xlsx;

import com.jgdj.dashboard.base.ExcelText;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one .xlsx writer (fastexcel): each {@link XlsxTable} a sheet with its title, facts, a bold shaded header row
 * and its column widths; every text cell through {@link ExcelText#safe} (no formula injection). Plain Java.
 */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static byte[] write(XlsxTable... tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "jgdj-dashboard", "1.0");
            for (XlsxTable table : tables) {
                sheet(workbook.newWorksheet(table.sheetName()), table);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Worksheet sheet, XlsxTable table) {
        sheet.value(0, 0, ExcelText.safe(table.title()));
        sheet.style(0, 0).bold().fontSize(14).set();
        int r = 1;
        for (XlsxTable.Fact fact : table.facts()) {
            sheet.value(r, 0, ExcelText.safe(fact.label()));
            sheet.value(r, 1, ExcelText.safe(fact.value()));
            r++;
        }
        int header = table.headerRow();
        List<String> headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(header, c, ExcelText.safe(headers.get(c)));
            sheet.style(header, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, table.width(c));
        }
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> row = table.rows().get(i);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    sheet.value(header + 1 + i, c, n);
                } else if (v != null) {
                    sheet.value(header + 1 + i, c, ExcelText.safe(v.toString()));
                }
            }
        }
    }
}
