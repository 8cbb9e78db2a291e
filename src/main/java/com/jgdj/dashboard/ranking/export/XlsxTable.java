package com.jgdj.dashboard.ranking.export;

import java.util.List;

/**
 * One sheet to export: a title, labelled facts (报送期, 筛选条件, 导出时间), column headers and rows. Row values are
 * {@link Number} (written as numbers), {@link String}, or null (an empty cell).
 */
public record XlsxTable(String sheetName, String title, List<Fact> facts, List<String> headers,
                        List<List<Object>> rows) {

    public record Fact(String label, String value) {
    }

    /** The 0-based sheet row of the header line: title, the facts, then one blank row. */
    public int headerRow() {
        return facts.size() + 2;
    }
}
