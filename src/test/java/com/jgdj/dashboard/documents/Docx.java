package com.jgdj.dashboard.documents;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads a generated .docx back with POI for the tests. */
public final class Docx {

    private Docx() {
    }

    public static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-empty paragraphs of the body, in order (table cells not included). */
    public static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
    }

    public static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }

    /** "仿宋_GB2312 16": the East Asian font and size (pt) of the paragraph's first run. */
    public static String font(XWPFParagraph p) {
        XWPFRun run = p.getRuns().getFirst();
        CTRPr pr = run.getCTR().getRPr();
        return pr.getRFontsArray(0).getEastAsia() + " " + run.getFontSizeAsDouble().intValue();
    }
}
