package com.jgdj.dashboard.parsing;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Text of a .docx in body order: one line per paragraph, one line per table row (cells separated by a
 * tab), with Word's automatic numbering rendered in front of numbered paragraphs.
 */
final class DocxTextExtractor {

    private DocxTextExtractor() {
    }

    static String extract(XWPFDocument document) {
        NumberingRenderer numbering = new NumberingRenderer(document);
        StringBuilder out = new StringBuilder();
        appendBody(document.getBodyElements(), numbering, out);
        return out.toString();
    }

    private static void appendBody(List<IBodyElement> elements, NumberingRenderer numbering, StringBuilder out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                out.append(numbering.label(p)).append(p.getText()).append('\n');
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        StringBuilder cellText = new StringBuilder();
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            if (!cellText.isEmpty()) {
                                cellText.append(' ');
                            }
                            cellText.append(numbering.label(p)).append(p.getText());
                        }
                        for (XWPFTable nested : cell.getTables()) {
                            StringBuilder inner = new StringBuilder();
                            appendBody(List.of(nested), numbering, inner);
                            cellText.append(' ').append(inner.toString().replace('\n', ' '));
                        }
                        cells.add(cellText.toString().strip());
                    }
                    out.append(String.join("\t", cells)).append('\n');
                }
            }
        }
    }
}
