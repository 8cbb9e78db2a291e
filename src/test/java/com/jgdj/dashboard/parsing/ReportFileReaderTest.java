package com.jgdj.dashboard.parsing;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportFileReaderTest {

    private final ReportFileReader reader = new ReportFileReader();

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private ParsedReport parseBytes(byte[] bytes, String name) throws ReportReadException {
        return Seeds.PARSER.parse(reader.read(bytes, name).text(), ParseContext.of(Seeds.DICTIONARY));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004})
    void seeds_in_every_supported_encoding_parse_identically(String seed) throws Exception {
        String text = Seeds.text(seed);
        ParsedReport original = Seeds.parse(seed);

        ReportText gb = reader.read(text.getBytes(Charset.forName("GB18030")), seed);
        assertEquals("GB18030", gb.encoding());
        assertEquals(original, parseBytes(text.getBytes(Charset.forName("GB18030")), seed));

        ReportText gbk = reader.read(text.getBytes(Charset.forName("GBK")), seed);
        assertEquals("GB18030", gbk.encoding());

        byte[] utf8Bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", reader.read(utf8Bom, seed).encoding());
        assertEquals(original, parseBytes(utf8Bom, seed));

        byte[] utf16le = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("UTF-16LE", reader.read(utf16le, seed).encoding());
        assertEquals(original, parseBytes(utf16le, seed));

        byte[] utf16be = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals("UTF-16BE", reader.read(utf16be, seed).encoding());
        assertEquals(original, parseBytes(utf16be, seed));

        ReportText utf8 = reader.read(Seeds.bytes(seed), seed);
        assertEquals("UTF-8", utf8.encoding());
        assertEquals(ReportText.FileType.TXT, utf8.fileType());
    }

    @Test
    void utf16_without_bom_is_recognised_by_its_nul_bytes() throws Exception {
        String text = Seeds.text(Seeds.S002);
        assertEquals("UTF-16LE", reader.read(text.getBytes(StandardCharsets.UTF_16LE), "a.txt").encoding());
        assertEquals(Seeds.parse(Seeds.S002), parseBytes(text.getBytes(StandardCharsets.UTF_16BE), "a.txt"));
    }

    private String refusal(byte[] bytes, String name) {
        return assertThrows(ReportReadException.class, () -> reader.read(bytes, name)).userMessage();
    }

    @Test
    void empty_file_is_refused() {
        assertEquals("文件是空的（0 字节），请检查后重新上传", refusal(new byte[0], "a.txt"));
        assertEquals("文件是空的（0 字节），请检查后重新上传", refusal(new byte[0], "a.docx"));
    }

    @Test
    void whitespace_only_file_is_refused() {
        byte[] blank = " \r\n\t\u3000\u00A0\n\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("文件中没有文字内容（只有空白），请检查后重新上传", refusal(blank, "blank.txt"));
    }

    @Test
    void binary_content_named_txt_is_refused() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[10] = 0;
        assertThat(refusal(random, "report.txt")).startsWith("文件内容不是文本").contains(ReportFileReader.ACCEPTED);
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(pdf, "report.txt")).contains("PDF", ReportFileReader.ACCEPTED);
    }

    @Test
    void file_over_the_limit_is_refused() {
        byte[] big = new byte[11 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertEquals("文件过大（11.0 MB），超过 10.0 MB 的上限", refusal(big, "big.txt"));
        assertThat(new ReportFileReader(1024).maxBytes()).isEqualTo(1024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.xls", "report.rtf", "report.odt", "scan.jpg", "page.html", "report"})
    void other_file_types_are_refused_naming_the_accepted_formats(String name) {
        assertThat(refusal("正文".getBytes(StandardCharsets.UTF_8), name))
                .startsWith("不支持的文件类型").contains("仅支持 .docx、.doc、.wps、带文字层的 .pdf 和 .txt（UTF-8 或 GB18030 编码）文件");
    }

    @Test
    void html_saved_as_txt_is_refused() {
        byte[] html = "<!DOCTYPE html>\n<html><head><title>汇报</title></head><body><p>一、工作情况</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(html, "report.txt")).startsWith("文件内容是网页（HTML）");
    }

    @Test
    void script_tag_inside_a_report_is_kept_as_literal_text() throws Exception {
        String raw = "一、工作情况\n召开中心组学习9次。<script>alert('x')</script>\n二、存在的问题\n<b>不够</b>";
        ReportText read = reader.read(raw.getBytes(StandardCharsets.UTF_8), "r.txt");
        ParsedReport r = Seeds.PARSER.parse(read.text(), ParseContext.of(Seeds.DICTIONARY));
        assertThat(r.text()).contains("<script>alert('x')</script>", "<b>不够</b>");
        assertEquals("中心组学习", Seeds.metric(r, "召开中心组学习9次").indicator());
    }

    @Test
    void zip_bomb_docx_is_refused() throws IOException {
        byte[] bomb;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("a".repeat(8_000_000));
            doc.write(out);
            bomb = out.toByteArray();
        }
        assertThat(bomb.length).isLessThan(200_000);
        assertEquals("文件疑似“压缩炸弹”（解压后体积异常膨胀），出于安全原因已拒绝", refusal(bomb, "bomb.docx"));
    }

    /**
     * A bomb that POI's own ratio guard lets through (it inflates about 60 times, POI stops at 100): ~1.5 MB that
     * inflates to ~95 MB of paragraphs. Refused by the bound on the inflated size (4 × the 10 MB upload limit)
     * before POI builds a document from it.
     */
    @Test
    void a_docx_inflating_far_beyond_the_upload_limit_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random random = new Random(7);
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder block = new StringBuilder();
            long written = 0;
            for (int i = 0; written < 95L * 1024 * 1024; i++) {
                block.append("<w:p><w:r><w:t>开展中心组学习").append(i % 2 == 0 ? random.nextInt(10) : 6)
                        .append("次，</w:t></w:r></w:p>");
                if (block.length() > 60_000) {
                    byte[] chunk = block.toString().getBytes(StandardCharsets.UTF_8);
                    zip.write(chunk);
                    written += chunk.length;
                    block.setLength(0);
                }
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isBetween(1_000_000, 3_000_000);
        assertEquals(40L * 1024 * 1024, reader.maxInflatedBytes());
        ReportReadException refused = assertThrows(ReportReadException.class, () -> reader.read(bomb, "bomb.docx"));
        assertEquals("文件疑似“压缩炸弹”（解压后体积异常膨胀），出于安全原因已拒绝", refused.userMessage());
        assertThat(refused.getCause()).as("refused by the bound, not by POI").isNull();
    }

    @Test
    void truncated_or_fake_docx_is_refused() throws IOException {
        byte[] valid = DocxFixtures.docx(doc -> doc.createParagraph().createRun().setText("一、工作情况"));
        byte[] half = Arrays.copyOf(valid, valid.length / 2);
        assertEquals("无法读取该 .docx 文件：文件已损坏或不完整（可能上传中断），请重新保存后上传", refusal(half, "cut.docx"));
        assertEquals("无法读取该 .docx 文件：文件已损坏或不完整（可能上传中断），请重新保存后上传",
                refusal("纯文本".getBytes(StandardCharsets.UTF_8), "fake.docx"));
        ByteArrayOutputStream ole = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.writeFilesystem(ole);
        }
        assertEquals("该文件不是 Word 文档（可能是 Excel、PowerPoint 等其他 Office 文件或改了扩展名）。"
                + "仅支持 .docx、.doc、.wps、带文字层的 .pdf 和 .txt（UTF-8 或 GB18030 编码）文件", refusal(ole.toByteArray(), "old.docx"));
    }

    @Test
    void docx_with_only_blank_paragraphs_is_refused() throws IOException {
        byte[] blank = DocxFixtures.docx(doc -> doc.createParagraph().createRun().setText("   "));
        assertEquals("文件中没有文字内容（只有空白），请检查后重新上传", refusal(blank, "blank.docx"));
    }

    @Test
    void undecodable_non_utf8_text_is_refused() {
        byte[] latin = new byte[200];
        for (int i = 0; i < latin.length; i++) {
            latin[i] = (byte) (i % 2 == 0 ? 0x81 : 0x20);
        }
        assertThat(refusal(latin, "x.txt")).contains("编码");
    }
}
