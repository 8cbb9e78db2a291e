package com.jgdj.dashboard.documents.docx;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes an {@link OfficialText} as a .docx in the layout of Party and government official documents (GB/T
 * 9704-2012): A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; a grid of 28 lines of 28 characters
 * (exact line pitch 28.95 pt); title 方正小标宋简体 二号, body 仿宋_GB2312 三号, headings 黑体 and 楷体_GB2312;
 * page numbers "— 1 —" in 宋体 四号, right on odd and left on even pages. Fonts are named, not embedded.
 */
public final class OfficialDocxWriter {

    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String HEADING1_FONT = "黑体";
    public static final String HEADING2_FONT = "楷体_GB2312";
    public static final String PAGE_NUMBER_FONT = "宋体";
    /** 二号, 三号, 四号 in points. */
    public static final int TITLE_SIZE = 22;
    public static final int BODY_SIZE = 16;
    public static final int PAGE_NUMBER_SIZE = 14;
    /** 28.95 pt in twentieths of a point: 28 lines on the 225 mm high text area. */
    public static final int LINE_PITCH = 579;
    /** Page size and margins in twentieths of a point (1 mm = 56.7). */
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int MARGIN_TOP = 2098;
    public static final int MARGIN_BOTTOM = 1984;
    public static final int MARGIN_LEFT = 1587;
    public static final int MARGIN_RIGHT = 1474;
    /** The character pitch that gives 28 characters of 16 pt on the 156 mm line (Word's 公文 grid value). */
    public static final int CHAR_SPACE = -849;
    private static final int TWO_CHARACTERS = 2 * BODY_SIZE * 20;
    private static final int FOUR_CHARACTERS = 4 * BODY_SIZE * 20;

    private OfficialDocxWriter() {
    }

    public static byte[] write(OfficialText text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(text.title());
            page(doc);
            for (Block block : text.blocks()) {
                block(doc, block);
            }
            footer(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        // the page number sits 7 mm below the text area
        mar.setFooter(BigInteger.valueOf(MARGIN_BOTTOM - 397 - PAGE_NUMBER_SIZE * 20));
        mar.setHeader(BigInteger.valueOf(851));
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
        grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
    }

    private static void block(XWPFDocument doc, Block block) {
        switch (block.kind()) {
            case TABLE -> table(doc, block.rows());
            case TITLE -> {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, 0);
                run(p, block.text(), TITLE_FONT, TITLE_SIZE);
                // a blank line below the title
                run(paragraph(doc, ParagraphAlignment.LEFT, 0), "", BODY_FONT, BODY_SIZE);
            }
            case NUMBER -> {
                run(paragraph(doc, ParagraphAlignment.CENTER, 0), block.text(), BODY_FONT, BODY_SIZE);
                run(paragraph(doc, ParagraphAlignment.LEFT, 0), "", BODY_FONT, BODY_SIZE);
            }
            case ADDRESSEE -> run(paragraph(doc, ParagraphAlignment.LEFT, 0), block.text(), BODY_FONT, BODY_SIZE);
            case HEADING1 -> heading(doc, block.text(), HEADING1_FONT, 0);
            case HEADING2 -> heading(doc, block.text(), HEADING2_FONT, 1);
            case BODY -> run(paragraph(doc, ParagraphAlignment.BOTH, TWO_CHARACTERS), block.text(), BODY_FONT,
                    BODY_SIZE);
            case ORGAN -> {
                // two blank lines between the text and the signature
                run(paragraph(doc, ParagraphAlignment.LEFT, 0), "", BODY_FONT, BODY_SIZE);
                run(paragraph(doc, ParagraphAlignment.LEFT, 0), "", BODY_FONT, BODY_SIZE);
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.RIGHT, 0);
                p.setIndentationRight(FOUR_CHARACTERS);
                run(p, block.text(), BODY_FONT, BODY_SIZE);
            }
            case DATE -> {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.RIGHT, 0);
                p.setIndentationRight(FOUR_CHARACTERS);
                run(p, block.text(), BODY_FONT, BODY_SIZE);
            }
        }
    }

    private static void heading(XWPFDocument doc, String text, String font, int outlineLevel) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, TWO_CHARACTERS);
        p.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        run(p, text, font, BODY_SIZE);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int firstLineIndent) {
        XWPFParagraph p = doc.createParagraph();
        exactSpacing(p);
        p.setAlignment(alignment);
        if (firstLineIndent > 0) {
            p.setIndentationFirstLine(firstLineIndent);
        }
        return p;
    }

    private static void exactSpacing(XWPFParagraph p) {
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(LINE_PITCH / 20.0, LineSpacingRule.EXACT);
    }

    static XWPFRun run(XWPFParagraph p, String text, String font, int size) {
        XWPFRun run = p.createRun();
        if (!text.isEmpty()) {
            run.setText(text);
        }
        font(run.getCTR(), font, size);
        return run;
    }

    private static void font(CTR ctr, String font, int size) {
        CTRPr pr = ctr.isSetRPr() ? ctr.getRPr() : ctr.addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
        pr.addNewSz().setVal(BigInteger.valueOf(size * 2L));
        pr.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.getFirst().size();
        XWPFTable table = doc.createTable(rows.size(), columns);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                XWPFParagraph p = cell.getParagraphs().getFirst();
                p.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                p.setSpacingBefore(0);
                p.setSpacingAfter(0);
                XWPFRun run = run(p, rows.get(r).get(c), r == 0 ? HEADING1_FONT : BODY_FONT, PAGE_NUMBER_SIZE);
                run.setBold(false);
            }
        }
        // the paragraph after a table keeps the grid
        run(paragraph(doc, ParagraphAlignment.LEFT, 0), "", BODY_FONT, BODY_SIZE);
    }

    /** "— 1 —": right on odd pages, left on even pages, one character in from the edge of the text area. */
    private static void footer(XWPFDocument doc) {
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
        doc.getSettings().setEvenAndOddHeadings(true);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(alignment);
        if (alignment == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(PAGE_NUMBER_SIZE * 20);
        } else {
            p.setIndentationLeft(PAGE_NUMBER_SIZE * 20);
        }
        run(p, "— ", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        // a complex field: begin, the PAGE instruction, separate, the shown number, end
        run(p, "", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(p, "", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(p, "", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        run(p, "", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
    }
}
