package com.jgdj.dashboard.base.xlsx;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XlsxWriterTest {

    /** 02:00 UTC is 10:00 in China: the stamp is China time whatever the clock's zone. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    /** The {@code <col>} widths of the n-th sheet, from its XML. */
    private static List<String> widths(byte[] xlsx, int sheet) throws IOException {
        // fastexcel streams its entries (sizes after the data), which ZipInputStream refuses: read it as a file
        Path file = Files.createTempFile("xlsx-writer-test", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry e = zip.getEntry("xl/worksheets/sheet" + sheet + ".xml");
                if (e != null) {
                    String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                    Matcher m = Pattern.compile("<col [^>]*width=\"([0-9.]+)\"").matcher(xml);
                    List<String> widths = new java.util.ArrayList<>();
                    while (m.find()) {
                        widths.add(new BigDecimal(m.group(1)).stripTrailingZeros().toPlainString());
                    }
                    return widths;
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        throw new AssertionError("no sheet " + sheet);
    }

    @Test
    void each_table_is_a_sheet_with_title_facts_china_time_stamp_header_and_rows() throws IOException {
        byte[] xlsx = XlsxWriter.write(
                new XlsxTable("甲", "2024年上半年考核排名", List.of(new XlsxTable.Fact("报送期", "2024年上半年"),
                        XlsxTable.Fact.exportedAt(CLOCK)), List.of("名次", "单位"),
                        List.of(Arrays.asList(1, "市财政局"), Arrays.asList(2, null))),
                new XlsxTable("乙", "各单位", List.of(), List.of("单位", "类别", "时间"), List.of(), List.of(30, 12)));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("甲", "乙"), sheets.stream().map(Sheet::getName).toList());
            List<Row> first = sheets.get(0).read();
            assertEquals(List.of("2024年上半年考核排名"), texts(first.get(0)));
            assertEquals(List.of("报送期", "2024年上半年"), texts(first.get(1)));
            assertEquals(List.of("导出时间", "2026-12-01 10:00"), texts(first.get(2)));
            // one blank row, then the header on sheet row 4 (0-based), then the rows with numbers as numbers
            assertEquals(5, first.get(3).getRowNum());
            assertEquals(List.of("名次", "单位"), texts(first.get(3)));
            assertEquals(new BigDecimal("1"), first.get(4).getCellAsNumber(0).orElseThrow());
            // an empty cell at the end of a row is not written
            assertEquals(List.of("2"), texts(first.get(5)));
            List<Row> second = sheets.get(1).read();
            assertEquals(3, second.get(1).getRowNum());
            assertEquals(List.of("单位", "类别", "时间"), texts(second.get(1)));
        }
        assertEquals(List.of("8", "16"), widths(xlsx, 1));
        assertEquals(List.of("30", "12", "16"), widths(xlsx, 2));
    }

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
