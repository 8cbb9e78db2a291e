package com.jgdj.dashboard.ranking.export;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every text the ranking and 约谈 exports write is neutralised against formula injection; numbers stay numbers. */
class XlsxWriterTest {

    @Test
    void formula_like_text_is_written_as_text_and_numbers_as_numbers() throws IOException {
        byte[] xlsx = XlsxWriter.write(new XlsxTable("排名", "=标题", List.of(new XlsxTable.Fact("报送期", "-2026年度")),
                List.of("名次", "@单位"),
                List.of(Arrays.asList(1, "=HYPERLINK(\"http://evil.example\",\"点我\")"),
                        Arrays.asList(-2, "+1"), Arrays.asList(3, "普通单位"))));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(List.of("'=标题", "报送期|'-2026年度", "名次|'@单位",
                            "1|'=HYPERLINK(\"http://evil.example\",\"点我\")", "-2|'+1", "3|普通单位"),
                    rows.stream().map(r -> String.join("|", r.stream().map(c -> c.getText()).toList())).toList());
            assertEquals(new java.math.BigDecimal("-2"), rows.get(4).getCellAsNumber(0).orElseThrow());
        }
    }
}
