package com.jgdj.dashboard.completeness;

import com.jgdj.dashboard.FixedClock;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names that look like spreadsheet formulas are written as text the spreadsheet shows, never evaluates. */
class CompletenessExportInjectionTest {

    @Test
    void formula_like_names_are_written_as_text() throws IOException {
        Clock clock = Clock.fixed(FixedClock.NOW, ZoneOffset.UTC);
        byte[] xlsx = new CompletenessExport(clock).write("2026年度", "=1+1",
                List.of(new CategoryCompletenessRow(1, "@SUM(A1:A9)", 1, 0, 0, 0, 1)),
                List.of(new UnitCompletenessRow(2, "=HYPERLINK(\"http://evil.example\",\"点我\")", "+类别", null, null,
                        null, "-联系人", "\t13800000000")));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> summary = workbook.getSheets().toList().get(0).read();
            assertEquals("'@SUM(A1:A9)", summary.stream().filter(r -> r.getRowNum() == 7).findFirst().orElseThrow()
                    .getCellText(0));
            List<Row> units = workbook.getSheets().toList().get(1).read();
            assertEquals(List.of("筛选条件", "'=1+1"), units.get(2).stream().map(c -> c.getText()).toList());
            Row unit = units.stream().filter(r -> r.getRowNum() == 7).findFirst().orElseThrow();
            assertEquals(List.of("'=HYPERLINK(\"http://evil.example\",\"点我\")", "'+类别", "未报送", "", "'-联系人",
                    "'\t13800000000"), unit.stream().map(c -> c == null ? "" : c.getText()).toList());
        }
    }
}
