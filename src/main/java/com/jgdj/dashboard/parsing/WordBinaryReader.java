package com.jgdj.dashboard.parsing;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text of a Word 97–2003 file (.doc, and .wps saved by WPS in the same structure) in document order: one line per
 * paragraph, one line per table row with the cells separated by a tab, as {@link DocxTextExtractor} does for
 * .docx. The OLE2 container is inspected first, so an encrypted file (.doc or an encrypted .docx, which is an OLE2
 * container too) and a .wps in another structure get their own refusal. The file is already bounded by the upload
 * size limit (OLE2 is not compressed); the text is bounded by {@link #MAX_CHARS}.
 */
final class WordBinaryReader {

    /** Far more than any report (a long one has about 30,000 characters). */
    static final int MAX_CHARS = 2_000_000;

    static final String ENCRYPTED = "该文件设有打开密码（已加密），系统无法读取。请在 Word/WPS 中取消密码后另存为 .docx 再上传";

    private WordBinaryReader() {
    }

    static String read(byte[] bytes, ReportText.FileType type) throws ReportReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new ReportReadException(ENCRYPTED, "encrypted OOXML package (EncryptionInfo stream) named ." + ext(type));
            }
            if (!root.hasEntryCaseInsensitive("WordDocument")) {
                if (type == ReportText.FileType.WPS) {
                    throw unreadableWps("OLE2 container without a WordDocument stream: " + root.getEntryNames());
                }
                throw new ReportReadException("该文件不是 Word 文档（可能是 Excel、PowerPoint 等其他 Office 文件或改了扩展名）。"
                        + ReportFileReader.ACCEPTED, "OLE2 container without a WordDocument stream: " + root.getEntryNames());
            }
            try (HWPFDocument document = new HWPFDocument(root)) {
                return text(document.getRange());
            }
        } catch (ReportReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ReportReadException(ENCRYPTED, "encrypted Word 97 file: " + e.getMessage(), e);
        } catch (OldWordFileFormatException e) {
            throw new ReportReadException("该文件是 Word 95 或更早版本的格式，系统无法读取。请在 Word/WPS 中另存为 .docx 后上传",
                    "pre-Word 97 file: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (type == ReportText.FileType.WPS) {
                throw unreadableWps("unreadable WPS/Word 97 structure: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            throw new ReportReadException("无法读取该 .doc 文件：文件已损坏或不完整（可能上传中断），请在 Word/WPS 中另存为 .docx 后上传",
                    "corrupt doc: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    static ReportReadException unreadableWps(String detail) {
        return new ReportReadException("该 .wps 文件是旧版 WPS 格式，系统无法读取。请在 WPS 中打开后另存为 .docx（或 .doc）再上传", detail);
    }

    /** A .doc that is no Word 97 file: Word's RTF or web page saved with a .doc name, or anything else. */
    static ReportReadException notWord97(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("{\\rtf")) {
            return new ReportReadException("该 .doc 文件实际是 RTF 格式，请在 Word/WPS 中另存为 .docx 后上传", "RTF with a .doc name");
        }
        if (head.startsWith("<") || head.startsWith("mime-version")) {
            return new ReportReadException("该 .doc 文件实际是网页（HTML）格式，请在 Word/WPS 中另存为 .docx 后上传",
                    "HTML/MHT with a .doc name");
        }
        return new ReportReadException("无法读取该 .doc 文件：文件已损坏或不是 Word 文档（可能改了扩展名），请在 Word/WPS 中另存为 .docx 后上传",
                "not an OLE2 container with a .doc name");
    }

    private static String ext(ReportText.FileType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(Range range) throws ReportReadException {
        StringBuilder out = new StringBuilder();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            String raw = p.text();
            if (p.isInTable()) {
                if (p.isTableRowEnd()) {
                    out.append(String.join("\t", row)).append('\n');
                    row.clear();
                    cell.setLength(0);
                    continue;
                }
                boolean cellEnd = raw.endsWith("\u0007");
                if (!cell.isEmpty()) {
                    cell.append(' ');
                }
                cell.append(clean(raw));
                if (cellEnd) {
                    row.add(cell.toString().strip());
                    cell.setLength(0);
                }
            } else {
                if (!row.isEmpty()) {
                    out.append(String.join("\t", row)).append('\n');
                    row.clear();
                }
                out.append(clean(raw)).append('\n');
            }
            if (out.length() > MAX_CHARS) {
                throw new ReportReadException("文件中的文字过多（超过 " + MAX_CHARS / 10_000 + " 万字），不像是一份工作汇报，请检查后重新上传",
                        "Word 97 text exceeds " + MAX_CHARS + " characters");
            }
        }
        if (!row.isEmpty()) {
            out.append(String.join("\t", row)).append('\n');
        }
        return out.toString();
    }

    /** Field codes out (their results stay), Word's control marks out, a manual line break becomes a line break. */
    private static String clean(String raw) {
        String s = Range.stripFields(raw);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u000B') {
                b.append('\n');
            } else if (c == '\t' || c >= 0x20) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
