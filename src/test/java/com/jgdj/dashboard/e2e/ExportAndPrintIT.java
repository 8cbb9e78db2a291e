package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.ranking.RankingFilter;
import com.jgdj.dashboard.ranking.RankingRow;
import com.jgdj.dashboard.ranking.RankingService;
import com.jgdj.dashboard.security.Role;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A ranking downloaded as Excel and read back; the overview and a unit page printed to A4 PDFs. */
class ExportAndPrintIT extends BrowserTest {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RankingService rankings;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private long latestPublishedPeriod() {
        return jdbc.sql("""
                select p.id from reporting_period p
                where exists (select 1 from assessment a where a.period_id = p.id and a.status = 'PUBLISHED')
                order by p.seq desc limit 1""").query(Long.class).single();
    }

    /** Now on the application's clock, in China time. */
    private LocalDateTime chinaNow() {
        return LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void the_ranking_downloads_as_excel_with_its_rows_and_a_china_time_stamp() throws IOException {
        long period = latestPublishedPeriod();
        SignIn.as(Role.ADMIN);
        List<RankingRow> expected = rankings.ranking(new RankingFilter(period, null, false));
        SecurityContextHolder.clearContext();

        signIn("admin");
        open("/rankings?period=" + period);
        shot("ranking");
        LocalDateTime before = chinaNow();
        Download download = page.waitForDownload(() -> page.locator("a", new Page.LocatorOptions().setHasText("导出排名")).click());
        LocalDateTime after = chinaNow();
        Path file = Paths.get("target", "e2e", "ranking.xlsx");
        download.saveAs(file);

        List<List<String>> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in);
             var rows = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    values.add(row.getCell(c) == null ? "" : row.getCell(c).getText());
                }
                cells.add(values);
            }
        }
        assertEquals("导出时间", cells.get(3).get(0));
        LocalDateTime stamp = LocalDateTime.parse(cells.get(3).get(1), MINUTE);
        assertTrue(!stamp.isBefore(before) && !stamp.isAfter(after),
                "stamped in China time: " + stamp + " not within " + before + " … " + after);
        // (the reader skips the empty row between the facts and the table)
        assertEquals(List.of("名次", "并列", "单位", "类别", "总分", "等次", "较上期变化", "百分位", "状态"), cells.get(4));
        List<String> units = cells.subList(5, cells.size()).stream().map(r -> r.get(2)).toList();
        assertEquals(expected.stream().map(RankingRow::unitName).toList(), units);
        for (int i = 0; i < expected.size(); i++) {
            RankingRow r = expected.get(i);
            List<String> row = cells.get(5 + i);
            assertEquals(Integer.toString(r.overallRank()), row.get(0));
            assertEquals(r.total().stripTrailingZeros().toPlainString(),
                    new BigDecimal(row.get(4)).stripTrailingZeros().toPlainString());
            assertEquals(r.grade().label(), row.get(5));
            assertEquals(Integer.toString(r.percentile()), row.get(7));
        }
    }

    @Test
    void a_category_ranking_reads_the_percentile_within_the_category() {
        long period = latestPublishedPeriod();
        SignIn.as(Role.ADMIN);
        List<RankingRow> expected = rankings.ranking(new RankingFilter(period, null, true));
        SecurityContextHolder.clearContext();
        signIn("admin");
        open("/rankings?period=" + period);
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("分类排名")).click();
        settle();
        shot("by-category");
        RankingRow first = expected.getFirst();
        String standing = "高于" + first.categoryPercentile() + "%的同类其他单位";
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(standing)).first()).isVisible();
        assertTrue(page.locator("vaadin-grid-cell-content").allTextContents().stream().noneMatch(t -> t.startsWith("超过")),
                "no 超过…% any more");
    }

    @Test
    void the_overview_prints_on_several_a4_pages() throws IOException {
        signIn("admin");
        open("/");
        page.locator("#card-heatmap svg.apexcharts-svg").waitFor();
        PrintedPdf pdf = print("overview");
        assertTrue(pdf.pages() > 1, "the overview takes more than one A4 page: " + pdf.pages());
        assertTrue(pdf.text().contains("各类别报送情况"), "the last cards are printed too");
        assertEquals(List.of(), pdf.outside(), "nothing drawn beyond the A4 page width");
    }

    @Test
    void a_unit_page_prints_on_several_a4_pages_with_nothing_cut_at_the_right() throws IOException {
        long period = latestPublishedPeriod();
        long unit = jdbc.sql("""
                select a.unit_id from assessment a
                join submission s on s.unit_id = a.unit_id and s.period_id = a.period_id and s.latest
                where a.period_id = ? and a.status = 'PUBLISHED' order by a.total, a.unit_id limit 1""")
                .param(period).query(Long.class).single();
        signIn("admin");
        open("/units/" + unit + "?period=" + period);
        page.locator("#dimension-radar-chart svg.apexcharts-svg").waitFor();
        PrintedPdf pdf = print("unit");
        assertTrue(pdf.pages() > 1, "the unit page takes more than one A4 page: " + pdf.pages());
        assertTrue(pdf.text().contains("各项得分（占满分%）"), "the right-hand card is printed");
        assertTrue(pdf.text().contains("全部报送材料"), "the page is printed to its end");
        assertEquals(List.of(), pdf.outside(), "nothing drawn beyond the A4 page width");
    }

    record PrintedPdf(int pages, String text, List<String> outside) {
    }

    /** Prints the page as the browser's print does (print media, A4, the page's own margins) and reads the PDF. */
    private PrintedPdf print(String name) throws IOException {
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        settle();
        shot(name + "-print-media");
        byte[] bytes = page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true)
                .setPrintBackground(true));
        Path file = Paths.get("target", "e2e", name + ".pdf");
        Files.write(file, bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() + p.getWidthDirAdj() > p.getPageWidth() + 0.5) {
                            outside.add(text);
                            break;
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            StringWriter text = new StringWriter();
            stripper.writeText(document, text);
            return new PrintedPdf(document.getNumberOfPages(), text.toString(), outside);
        }
    }
}
