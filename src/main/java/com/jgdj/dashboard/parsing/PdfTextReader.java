package com.jgdj.dashboard.parsing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

/**
 * The text layer of a PDF (PDFBox), one line per line of print. Bounded for hostile files: at most
 * {@link #MAX_PAGES} pages, decoded streams held in at most {@link #MAX_MEMORY_BYTES} of memory (an inflated
 * stream beyond that fails the read instead of exhausting the heap) and at most {@link WordBinaryReader#MAX_CHARS}
 * characters of text. A PDF with a user password is refused; one without any text (a scan) too, saying what to
 * upload instead.
 */
final class PdfTextReader {

    static final int MAX_PAGES = 300;
    static final long MAX_MEMORY_BYTES = 64L * 1024 * 1024;
    /** Decoded page content (text and drawing operators, not pictures) of all pages together. */
    static final long MAX_CONTENT_BYTES = 32L * 1024 * 1024;

    static final String NO_TEXT = "该 PDF 没有文字层（可能是扫描件），请上传 Word 或文本格式的原文";

    private PdfTextReader() {
    }

    static String read(byte[] bytes) throws ReportReadException {
        if (!complete(bytes)) {
            throw new ReportReadException("无法读取该 PDF 文件：文件不是 PDF 或不完整（可能上传中断），请重新导出后上传，或上传 Word 格式的原文",
                    "no %PDF header or no %%EOF in the last 1024 bytes");
        }
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY_BYTES).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new ReportReadException("该 PDF 有 " + pages + " 页，超过 " + MAX_PAGES + " 页的上限，不像是一份工作汇报，请检查后重新上传",
                        "PDF with " + pages + " pages exceeds " + MAX_PAGES);
            }
            long content = 0;
            for (PDPage page : document.getPages()) {
                content += contentBytes(page.getCOSObject(), new java.util.HashSet<>(), MAX_CONTENT_BYTES - content);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            String text = stripper.getText(document);
            if (text.length() > WordBinaryReader.MAX_CHARS) {
                throw new ReportReadException("文件中的文字过多，不像是一份工作汇报，请检查后重新上传",
                        "PDF text of " + text.length() + " characters exceeds " + WordBinaryReader.MAX_CHARS);
            }
            if (text.replace('\u3000', ' ').replace('\u00A0', ' ').isBlank()) {
                throw new ReportReadException(NO_TEXT, "PDF of " + pages + " pages without a text layer");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new ReportReadException("该 PDF 设有打开密码（已加密），系统无法读取。请上传未加密的 PDF，或 Word、文本格式的原文",
                    "encrypted PDF: " + e.getMessage(), e);
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (memoryExceeded(e)) {
                throw new ReportReadException("该 PDF 解压后体积异常膨胀，出于安全原因已拒绝。请上传 Word 或文本格式的原文",
                        "PDF exceeds " + MAX_MEMORY_BYTES + " bytes of decoded streams: " + e.getMessage(), e);
            }
            throw new ReportReadException("无法读取该 PDF 文件：文件已损坏或不完整（可能上传中断），请重新导出后上传，或上传 Word 格式的原文",
                    "corrupt pdf: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A PDF starts with %PDF (after at most a little junk) and ends with %%EOF; an interrupted upload does not. */
    private static boolean complete(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-") && tail.contains("%%EOF");
    }

    /**
     * Inflates the page's content streams and the forms it draws, counting, and gives up past {@code budget}:
     * PDFBox would decode each of them whole into memory. Pictures are not counted (a scan is refused later).
     */
    private static long contentBytes(COSDictionary page, java.util.Set<COSBase> seen, long budget) throws IOException,
            ReportReadException {
        long total = 0;
        COSBase contents = page.getDictionaryObject(COSName.CONTENTS);
        java.util.List<COSStream> streams = new java.util.ArrayList<>();
        if (contents instanceof COSStream stream) {
            streams.add(stream);
        } else if (contents instanceof COSArray array) {
            for (COSBase item : array) {
                if (item instanceof COSObject object && object.getObject() instanceof COSStream stream) {
                    streams.add(stream);
                } else if (item instanceof COSStream stream) {
                    streams.add(stream);
                }
            }
        }
        if (page.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary resources
                && resources.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects) {
            for (COSName name : xobjects.keySet()) {
                if (xobjects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE)) && seen.add(form)) {
                    total += contentBytes(form, seen, budget - total);
                    streams.add(form);
                }
            }
        }
        for (COSStream stream : streams) {
            try (java.io.InputStream in = decoded(stream)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > budget) {
                        throw new ReportReadException("该 PDF 解压后体积异常膨胀，出于安全原因已拒绝。请上传 Word 或文本格式的原文",
                                "PDF page content inflates beyond " + MAX_CONTENT_BYTES + " bytes");
                    }
                }
            }
        }
        return total;
    }

    /** Flate (nearly every PDF) is inflated as a stream; PDFBox's own decoding holds the whole result. */
    private static java.io.InputStream decoded(COSStream stream) throws IOException {
        COSBase filter = stream.getDictionaryObject(COSName.FILTER);
        if (COSName.FLATE_DECODE.equals(filter) && stream.getDictionaryObject(COSName.DECODE_PARMS) == null) {
            return new java.util.zip.InflaterInputStream(stream.createRawInputStream());
        }
        return stream.createInputStream();
    }

    private static boolean memoryExceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Maximum allowed")) {
                return true;
            }
        }
        return false;
    }
}
