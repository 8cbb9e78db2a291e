package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.base.Formats;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 审计日志: failed sign-ins of an unknown name are audited; the administrator filters them and downloads the Excel. */
class AuditIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_administrator_filters_the_audit_log_and_downloads_the_rows() throws Exception {
        for (String password : List.of("one", "two")) {
            open("/login");
            page.locator("vaadin-login-form input[name=username]").fill("e2e-audit-probe");
            page.locator("vaadin-login-form input[name=password]").fill(password);
            button("登录").click();
            settle();
        }
        signIn("admin");
        open("/audit");
        Locator from = page.getByLabel("起始日期", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
        from.fill("2026-12-01");
        from.press("Enter");
        settle();
        Locator user = page.getByLabel("用户名", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
        user.fill("e2e-audit-probe");
        user.press("Enter");
        settle();
        assertThat(page).hasURL(url("/audit?from=2026-12-01&user=e2e-audit-probe"));
        assertThat(page.locator("#audit-count")).hasText("共 2 条");
        assertThat(page.locator("vaadin-grid")).containsText("用户名不存在");
        shot("filtered");

        Download download = page.waitForDownload(() -> page.locator("#audit-export").click());
        Path file = Files.createTempFile("audit", ".xlsx");
        download.saveAs(file);
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(cells);
            }
        }
        List<String> times = jdbc.sql("""
                        select at from audit_log where username = 'e2e-audit-probe' order by at desc, id desc""")
                .query(OffsetDateTime.class).list().stream().map(Formats::dateTime).toList();
        assertEquals(List.of("筛选条件", "时间 2026年12月1日 至 不限，用户 e2e-audit-probe"), rows.get(1));
        assertEquals(List.of(
                        List.of(times.get(0), "e2e-audit-probe", "登录失败", "用户名不存在"),
                        List.of(times.get(1), "e2e-audit-probe", "登录失败", "用户名不存在")),
                rows.subList(4, rows.size()).stream()
                        .map(r -> r.stream().filter(c -> !c.isEmpty()).toList()).toList());
    }
}
