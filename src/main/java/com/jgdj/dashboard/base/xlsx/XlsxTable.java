package com.jgdj.dashboard.base.xlsx;

import com.jgdj.dashboard.base.Formats;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One sheet to export: a title, labelled facts (报送期, 筛选条件, 导出时间), column headers and rows. Row values are
 * {@link Number} (written as numbers), {@link String}, or null (an empty cell). {@code widths} are column widths
 * in characters; a column without one (or null) gets the default (8 for the first, 16 for the others).
 */
public record XlsxTable(String sheetName, String title, List<Fact> facts, List<String> headers,
                        List<List<Object>> rows, List<Integer> widths) {

    public XlsxTable(String sheetName, String title, List<Fact> facts, List<String> headers,
                     List<List<Object>> rows) {
        this(sheetName, title, facts, headers, rows, List.of());
    }

    public record Fact(String label, String value) {

        /** 导出时间 in China time, the one stamp of every exported file. */
        public static Fact exportedAt(Clock clock) {
            return new Fact("导出时间", Formats.dateTime(OffsetDateTime.now(clock)));
        }
    }

    int width(int column) {
        Integer width = column < widths.size() ? widths.get(column) : null;
        return width != null ? width : column == 0 ? 8 : 16;
    }

    /** The 0-based sheet row of the header line: title, the facts, then one blank row. */
    public int headerRow() {
        return facts.size() + 2;
    }
}
