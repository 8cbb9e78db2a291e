package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.documents.Docx;
import com.jgdj.dashboard.ranking.RankingFilter;
import com.jgdj.dashboard.ranking.RankingRow;
import com.jgdj.dashboard.ranking.RankingService;
import com.jgdj.dashboard.security.Role;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 通报 and the 反馈意见 downloaded from the browser and read back with POI; a liaison gets its own feedback only. */
class DocumentsIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RankingService rankings;

    /** Generating a document loads Apache POI on first use: give a shared, busy machine time for it. */
    @BeforeEach
    void patience() {
        page.setDefaultTimeout(90_000);
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    /** The demo's latest period whose results are all published. */
    private long publishedPeriod() {
        return jdbc.sql("""
                select p.id from reporting_period p
                where exists (select 1 from assessment a where a.period_id = p.id and a.status = 'PUBLISHED')
                  and not exists (select 1 from assessment a where a.period_id = p.id and a.status <> 'PUBLISHED')
                order by p.seq desc limit 1""").query(Long.class).single();
    }

    private String periodName(long periodId) {
        return jdbc.sql("""
                select year || case kind when 'H1' then '年上半年' else '年度' end from reporting_period where id = ?""")
                .param(periodId).query(String.class).single();
    }

    private Path download(String linkText, String fileName) {
        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(90_000), () ->
                page.locator("a", new Page.LocatorOptions().setHasText(linkText)).click());
        assertEquals(fileName, download.suggestedFilename());
        Path file = Paths.get("target", "e2e", fileName);
        download.saveAs(file);
        return file;
    }

    private static XWPFDocument docx(Path file) throws IOException {
        return Docx.open(Files.readAllBytes(file));
    }

    @Test
    void an_administrator_downloads_the_notice_and_the_feedback_bundle_of_a_published_period() throws IOException {
        long period = publishedPeriod();
        String name = periodName(period);
        SignIn.as(Role.ADMIN);
        List<String> units = rankings.ranking(new RankingFilter(period, null, false)).stream()
                .map(RankingRow::unitName).toList();
        SecurityContextHolder.clearContext();

        signIn("admin");
        open("/rankings?period=" + period);
        shot("ranking-with-documents");
        Path notice = download("下载通报", name + "机关党建工作考核结果通报.docx");
        List<String> paragraphs = Docx.paragraphs(docx(notice));
        assertEquals("关于" + name + "机关党建工作考核结果的通报", paragraphs.get(1));
        assertEquals("方正小标宋简体 22", Docx.font(Docx.paragraph(docx(notice), paragraphs.get(1))));

        Path bundle = download("下载反馈意见", name + "机关党建工作考核反馈意见.zip");
        List<String> entries = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        try (InputStream in = Files.newInputStream(bundle); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
                titles.add(Docx.paragraphs(Docx.open(zip.readAllBytes())).get(1));
            }
        }
        assertEquals(units.stream().map(u -> u + name + "考核反馈意见.docx").toList(), entries);
        assertEquals(units.stream().map(u -> "关于" + u + name + "机关党建工作考核情况的反馈意见").toList(), titles);
    }

    @Test
    void a_liaison_downloads_its_own_units_feedback_from_its_unit_page_and_gets_no_notice() throws IOException {
        long period = publishedPeriod();
        String name = periodName(period);
        long unit = jdbc.sql("select unit_id from app_user where username = 'reporter'").query(Long.class).single();
        String unitName = jdbc.sql("select name from org_unit where id = ?").param(unit).query(String.class).single();

        signIn("reporter");
        open("/units/" + unit + "?period=" + period);
        shot("liaison-unit-page");
        Path feedback = download("下载" + name + "反馈意见", unitName + name + "考核反馈意见.docx");
        List<String> paragraphs = Docx.paragraphs(docx(feedback));
        assertEquals("关于" + unitName + name + "机关党建工作考核情况的反馈意见", paragraphs.get(1));
        assertEquals(unitName + "：", paragraphs.get(2));

        open("/rankings?period=" + period);
        assertEquals(0, page.locator("a", new Page.LocatorOptions().setHasText("下载通报")).count());
        assertEquals(0, page.locator("a", new Page.LocatorOptions().setHasText("下载反馈意见")).count());
    }
}
