package com.jgdj.dashboard.parsing;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** .doc, .wps and .pdf: read like .txt and .docx, refused with a Chinese reason when they cannot be. */
class ReportFormatsTest {

    /** Our own short report. */
    static final String REPORT = """
            市档案局机关党支部2026年上半年党建工作总结
            一、主要工作
            （一）抓好理论学习。开展中心组学习6次，组织党员集中学习24次。
            （二）加强队伍建设。发展党员2名，开展谈心谈话86人次。
            二、存在的问题
            一是学习形式较为单一。
            三、下半年工作打算
            （一）持续推进模范机关创建。
            """;

    private final ReportFileReader reader = new ReportFileReader();

    private ParsedReport parse(String text) {
        return Seeds.PARSER.parse(text, ParseContext.of(Seeds.DICTIONARY));
    }

    private String refusal(byte[] bytes, String name) {
        return assertThrows(ReportReadException.class, () -> reader.read(bytes, name)).userMessage();
    }

    @Test
    void a_doc_reads_like_the_same_text_as_txt() throws Exception {
        ReportText read = reader.read(FormatFixtures.doc(REPORT), "报告.doc");
        assertEquals(ReportText.FileType.DOC, read.fileType());
        assertEquals(REPORT, read.text().replaceAll("\n+$", "\n"));
        assertEquals(parse(REPORT), parse(read.text()));
    }

    @Test
    void a_wps_in_the_word_97_structure_is_read_as_doc() throws Exception {
        ReportText read = reader.read(FormatFixtures.doc(REPORT), "报告.WPS");
        assertEquals(ReportText.FileType.WPS, read.fileType());
        assertEquals(REPORT, read.text().replaceAll("\n+$", "\n"));
    }

    @Test
    void doc_tables_are_rows_of_tab_separated_cells_between_the_paragraphs() throws Exception {
        String text = reader.read(FormatFixtures.resource("poi-simple-table.doc"), "t.doc").text();
        assertEquals("""
                This is a Word document that was created using Word 97 – SR2.  It contains a paragraph, a table \
                consisting of 2 rows and 3 columns and a final paragraph.
                Cell 1,1\tCell 1,2\tCell 1,3
                Cell 2,1\tCell 2,2\tCell 2,3
                This text is below the table.
                """, text);
    }

    @Test
    void a_word_97_file_named_docx_and_a_docx_named_doc_are_read_for_what_they_are() throws Exception {
        assertEquals(REPORT, reader.read(FormatFixtures.doc(REPORT), "报告.docx").text().replaceAll("\n+$", "\n"));
        byte[] docx = DocxFixtures.docx(d -> REPORT.strip().lines().forEach(l -> d.createParagraph().createRun().setText(l)));
        assertEquals(REPORT, reader.read(docx, "报告.doc").text());
    }

    @Test
    void a_pdf_text_layer_reads_like_the_same_text_as_txt() throws Exception {
        ReportText read = reader.read(FormatFixtures.pdf(REPORT), "报告.pdf");
        assertEquals(ReportText.FileType.PDF, read.fileType());
        assertEquals(parse(REPORT), parse(read.text()));
    }

    @Test
    void a_pdf_of_two_pages_keeps_the_page_order() throws Exception {
        List<String> lines = REPORT.strip().lines().toList();
        byte[] pdf = FormatFixtures.pdf(List.of(lines.subList(0, 4), lines.subList(4, lines.size())));
        assertEquals(parse(REPORT), parse(reader.read(pdf, "a.pdf").text()));
    }

    @Test
    void a_scanned_pdf_is_refused_asking_for_the_original() {
        assertEquals("该 PDF 没有文字层（可能是扫描件），请上传 Word 或文本格式的原文",
                refusal(FormatFixtures.scannedPdf(), "扫描件.pdf"));
    }

    @Test
    void encrypted_files_are_refused() throws Exception {
        assertEquals("该 PDF 设有打开密码（已加密），系统无法读取。请上传未加密的 PDF，或 Word、文本格式的原文",
                refusal(FormatFixtures.encryptedPdf(REPORT), "a.pdf"));
        assertEquals(WordBinaryReader.ENCRYPTED, refusal(FormatFixtures.resource("poi-password_password_cryptoapi.doc"), "a.doc"));
        byte[] docx = DocxFixtures.docx(d -> d.createParagraph().createRun().setText("一、主要工作"));
        assertEquals(WordBinaryReader.ENCRYPTED, refusal(encrypt(docx), "a.docx"));
        assertEquals("该文件设有打开密码（已加密），系统无法读取。请在 Word/WPS 中取消密码后另存为 .docx 再上传",
                refusal(encrypt(docx), "a.wps"));
    }

    @Test
    void a_wps_in_the_old_wps_structure_is_refused() throws Exception {
        String expected = "该 .wps 文件是旧版 WPS 格式，系统无法读取。请在 WPS 中打开后另存为 .docx（或 .doc）再上传";
        byte[] legacy = new byte[4096];
        new Random(7).nextBytes(legacy);
        assertEquals(expected, refusal(legacy, "旧版.wps"));
        assertEquals(expected, refusal(ole2WithoutWordDocument(), "旧版.wps"));
        assertEquals(expected, refusal(Arrays.copyOf(FormatFixtures.doc(REPORT), 9000), "截断.wps"));
    }

    @Test
    void empty_truncated_and_binary_files_are_refused() {
        for (String name : List.of("a.doc", "a.wps", "a.pdf")) {
            assertEquals("文件是空的（0 字节），请检查后重新上传", refusal(new byte[0], name));
        }
        byte[] doc = FormatFixtures.doc(REPORT);
        assertEquals("无法读取该 .doc 文件：文件已损坏或不完整（可能上传中断），请在 Word/WPS 中另存为 .docx 后上传",
                refusal(Arrays.copyOf(doc, doc.length / 2), "a.doc"));
        byte[] pdf = FormatFixtures.pdf(REPORT);
        String brokenPdf = "无法读取该 PDF 文件：文件不是 PDF 或不完整（可能上传中断），请重新导出后上传，或上传 Word 格式的原文";
        assertEquals(brokenPdf, refusal(Arrays.copyOf(pdf, pdf.length - 40), "a.pdf"));
        byte[] binary = new byte[5000];
        new Random(11).nextBytes(binary);
        assertEquals(brokenPdf, refusal(binary, "a.pdf"));
        assertEquals("无法读取该 .doc 文件：文件已损坏或不是 Word 文档（可能改了扩展名），请在 Word/WPS 中另存为 .docx 后上传",
                refusal(binary, "a.doc"));
        assertEquals("该 .doc 文件实际是 RTF 格式，请在 Word/WPS 中另存为 .docx 后上传",
                refusal("{\\rtf1\\ansi 一、主要工作}".getBytes(StandardCharsets.UTF_8), "a.doc"));
        assertEquals("无法读取该 PDF 文件：文件已损坏或不完整（可能上传中断），请重新导出后上传，或上传 Word 格式的原文",
                refusal(("%PDF-1.7\n" + "x".repeat(300) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII), "a.pdf"));
    }

    @Test
    void wrong_extensions_are_read_for_their_name_and_refused() {
        assertEquals("文件扩展名是 .txt，但内容是 PDF 格式。仅支持 .docx、.doc、.wps、带文字层的 .pdf 和 .txt（UTF-8 或 GB18030 编码）文件",
                refusal(FormatFixtures.pdf(REPORT), "a.txt"));
        assertEquals("文件扩展名是 .txt，但内容是 OLE2 (.doc/.wps) 格式。仅支持 .docx、.doc、.wps、带文字层的 .pdf 和 .txt（UTF-8 或 GB18030 编码）文件",
                refusal(FormatFixtures.doc(REPORT), "a.txt"));
        assertEquals("无法读取该 PDF 文件：文件不是 PDF 或不完整（可能上传中断），请重新导出后上传，或上传 Word 格式的原文",
                refusal(FormatFixtures.doc(REPORT), "a.pdf"));
        assertEquals("无法读取该 PDF 文件：文件不是 PDF 或不完整（可能上传中断），请重新导出后上传，或上传 Word 格式的原文",
                refusal(REPORT.getBytes(StandardCharsets.UTF_8), "a.pdf"));
    }

    @Test
    void hostile_pdfs_are_bounded() {
        assertEquals("该 PDF 有 301 页，超过 300 页的上限，不像是一份工作汇报，请检查后重新上传",
                refusal(FormatFixtures.blankPages(301), "a.pdf"));
        byte[] inflated = FormatFixtures.inflatedPdf(PdfTextReader.MAX_MEMORY_BYTES + (16 << 20));
        assertEquals("该 PDF 解压后体积异常膨胀，出于安全原因已拒绝。请上传 Word 或文本格式的原文", refusal(inflated, "a.pdf"));
    }

    private static byte[] ole2WithoutWordDocument() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WksSSWorkBook");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] encrypt(byte[] docx) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
