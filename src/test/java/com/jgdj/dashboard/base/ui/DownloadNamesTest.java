package com.jgdj.dashboard.base.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DownloadNamesTest {

    @Test
    void a_stored_name_never_chooses_what_the_browser_saves() {
        assertEquals("evil.html.txt", DownloadNames.safe("evil.html", "txt", "工作汇报"));
        assertEquals("x.html.docx", DownloadNames.safe("x.html", "docx", "工作汇报"));
        assertEquals("a.txt", DownloadNames.safe("../../a.txt", "txt", "工作汇报"));
        assertEquals("a.txt", DownloadNames.safe("..\\..\\a.TXT", "txt", "工作汇报"));
        assertEquals("x_.html__.txt", DownloadNames.safe("x\".html\r\n", "txt", "工作汇报"));
        assertEquals("a_ filename=_b.html_.txt", DownloadNames.safe("a; filename=\"b.html\"", "txt", "工作汇报"));
        assertEquals("工作汇报.txt", DownloadNames.safe("..", "txt", "工作汇报"));
        assertEquals("工作汇报.txt", DownloadNames.safe(null, "txt", "工作汇报"));
        assertEquals("团市委机关党总支2026年度工作汇报.docx",
                DownloadNames.safe("团市委机关党总支2026年度工作汇报.docx", "docx", "工作汇报"));
        assertEquals("hidden.txt", DownloadNames.safe(".hidden", "txt", "工作汇报"));
        assertEquals("x".repeat(120) + ".txt", DownloadNames.safe("x".repeat(300) + ".txt", "txt", "工作汇报"));
    }
}
