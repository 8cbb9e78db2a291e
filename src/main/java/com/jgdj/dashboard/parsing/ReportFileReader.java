package com.jgdj.dashboard.parsing;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a submitted file into text. Accepts .txt (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK),
 * .docx, .doc (Word 97–2003), .wps (WPS files in the Word 97 structure) and .pdf with a text layer; refuses
 * everything else with a Chinese message for the user and an English detail for the log. The container is
 * judged by its content, not only its name: a Word 97 file or an encrypted Office file named .docx and a .docx
 * named .doc are read (or refused) for what they are. Zip bombs are stopped by POI's own inflate-ratio guard
 * ({@code ZipSecureFile}, minimum ratio 0.01), a global setting left at its default here; PDFs are bounded by
 * {@link PdfTextReader}.
 */
public final class ReportFileReader {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The accepted formats in one sentence, for refusals and the upload page's hint. */
    public static final String FORMATS = ".docx、.doc、.wps、带文字层的 .pdf 和 .txt（UTF-8 或 GB18030 编码）文件";
    static final String ACCEPTED = "仅支持 " + FORMATS;
    /** The accepted file name endings, for the upload component's file filter. */
    public static final java.util.List<String> EXTENSIONS = java.util.List.of(".docx", ".doc", ".wps", ".pdf", ".txt");

    static final String ZIP_BOMB = "文件疑似“压缩炸弹”（解压后体积异常膨胀），出于安全原因已拒绝";

    private final long maxBytes;

    public ReportFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ReportFileReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public ReportText read(byte[] bytes, String fileName) throws ReportReadException {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        ReportText.FileType type;
        if (lower.endsWith(".txt")) {
            type = ReportText.FileType.TXT;
        } else if (lower.endsWith(".docx")) {
            type = ReportText.FileType.DOCX;
        } else if (lower.endsWith(".doc")) {
            type = ReportText.FileType.DOC;
        } else if (lower.endsWith(".wps")) {
            type = ReportText.FileType.WPS;
        } else if (lower.endsWith(".pdf")) {
            type = ReportText.FileType.PDF;
        } else {
            throw new ReportReadException("不支持的文件类型" + extensionOf(lower) + "。" + ACCEPTED
                    + "；其他格式请先在 Word/WPS 中另存为 .docx", "unsupported file name: " + name);
        }
        if (bytes == null || bytes.length == 0) {
            throw new ReportReadException("文件是空的（0 字节），请检查后重新上传", "empty file: " + name);
        }
        checkSize(bytes.length);
        String text;
        String encoding;
        if (type == ReportText.FileType.TXT) {
            refuseForeignMagic(bytes);
            TxtDecoder.Decoded decoded = TxtDecoder.decode(bytes);
            text = decoded.text();
            encoding = decoded.encoding();
            refuseBinaryText(text);
            refuseHtml(text);
        } else if (type == ReportText.FileType.PDF) {
            text = PdfTextReader.read(bytes);
            encoding = null;
        } else if (isOle2(bytes)) {
            text = WordBinaryReader.read(bytes, type);
            encoding = null;
        } else if (type == ReportText.FileType.WPS && !isZip(bytes)) {
            throw WordBinaryReader.unreadableWps("not an OLE2 container: legacy WPS or another format");
        } else if (type == ReportText.FileType.DOC && !isZip(bytes)) {
            throw WordBinaryReader.notWord97(bytes);
        } else {
            text = readDocx(bytes);
            encoding = type == ReportText.FileType.DOCX ? "UTF-8" : null;
        }
        if (text.replace('\u3000', ' ').replace('\u00A0', ' ').replace("\uFEFF", "").isBlank()) {
            throw new ReportReadException("文件中没有文字内容（只有空白），请检查后重新上传", "whitespace-only content: " + name);
        }
        return new ReportText(text, encoding, type);
    }

    /** Lets a caller refuse an oversize file before loading it; {@link #read} applies the same check. */
    public void checkSize(long size) throws ReportReadException {
        if (size > maxBytes) {
            throw new ReportReadException("文件过大（" + megabytes(size) + "），超过 " + megabytes(maxBytes) + " 的上限",
                    "file of " + size + " bytes exceeds the limit of " + maxBytes);
        }
    }

    private static String extensionOf(String lower) {
        int dot = lower.lastIndexOf('.');
        return dot >= 0 && dot > lower.lastIndexOf('/') ? "（" + lower.substring(dot) + "）" : "";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** A .txt that is really a zip (docx), PDF, OLE2 (.doc/.wps) or an image. */
    private static void refuseForeignMagic(byte[] b) throws ReportReadException {
        String kind = null;
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            kind = "ZIP/.docx";
        } else if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            kind = "PDF";
        } else if (b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0) {
            kind = "OLE2 (.doc/.wps)";
        } else if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            kind = "JPEG";
        } else if (b.length >= 4 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            kind = "PNG";
        } else if (b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            kind = "GIF";
        }
        if (kind != null) {
            throw new ReportReadException("文件扩展名是 .txt，但内容是 " + kind + " 格式。" + ACCEPTED,
                    ".txt file with " + kind + " signature");
        }
    }

    private static void refuseBinaryText(String text) throws ReportReadException {
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 0 && control * 100 >= Math.max(1, text.length())) {
            throw TxtDecoder.binary(control + " control characters in " + text.length() + " characters");
        }
    }

    /** A web page saved with a .txt name; a stray "<script>" inside a real report is just text. */
    private static void refuseHtml(String text) throws ReportReadException {
        String head = text.strip().replace("\uFEFF", "");
        head = head.substring(0, Math.min(head.length(), 2000)).toLowerCase(Locale.ROOT);
        boolean html = head.startsWith("<!doctype html") || head.startsWith("<html")
                || (head.startsWith("<") && (head.contains("<body") || head.contains("<head") || head.contains("<div")
                || head.contains("<p>") || head.contains("<meta")));
        if (html) {
            throw new ReportReadException("文件内容是网页（HTML），不是纯文本。请把正文复制到 Word 另存为 .docx，或另存为 .txt。"
                    + ACCEPTED, "HTML document with a .txt name");
        }
    }

    /** How much a .docx may inflate to, in all its parts together: four times the upload limit. */
    public long maxInflatedBytes() {
        return 4 * maxBytes;
    }

    private String readDocx(byte[] bytes) throws ReportReadException {
        boundInflatedSize(bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return DocxTextExtractor.extract(document);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ReportReadException("该文件不是 .docx 格式（可能是旧版 .doc、WPS 文件或加密文档）。请在 Word/WPS 中另存为 .docx 后上传",
                    "OLE2 container with a .docx name", e);
        } catch (NotOfficeXmlFileException | EmptyFileException e) {
            throw corrupt(e);
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new ReportReadException(ZIP_BOMB, "zip bomb guard: " + e.getMessage(), e);
            }
            throw corrupt(e);
        }
    }

    /**
     * Inflates every part once, counting and discarding the bytes, and refuses the file as soon as the total passes
     * {@link #maxInflatedBytes()}: a zip bomb (a small file that inflates to hundreds of MB) is refused before
     * POI builds anything from it. A file that is not a zip at all is left to POI's own messages.
     */
    private void boundInflatedSize(byte[] bytes) throws ReportReadException {
        long limit = maxInflatedBytes();
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > limit) {
                        throw new ReportReadException(ZIP_BOMB, "zip bomb guard: more than " + limit
                                + " bytes inflated (at entry " + entry.getName() + ") from " + bytes.length + " bytes");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a readable zip: POI says what it is (OLE2, corrupt, empty)
        }
    }

    private static ReportReadException corrupt(Exception e) {
        return new ReportReadException("无法读取该 .docx 文件：文件已损坏或不完整（可能上传中断），请重新保存后上传",
                "corrupt docx: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
