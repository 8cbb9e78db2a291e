package com.jgdj.dashboard.parsing;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocxNumberingTest {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[）)]|(\\d+)\\.\\s*|（(\\d+)）)");

    /** The seed as Word would hold it: heading markers removed from the text and drawn by automatic numbering. */
    private static byte[] numberedDocx(String text) {
        return DocxFixtures.docx(doc -> {
            BigInteger numId = DocxFixtures.chineseOutline(doc);
            for (String line : text.split("\n")) {
                XWPFParagraph p = doc.createParagraph();
                Matcher m = MARKER.matcher(line);
                if (m.find()) {
                    int level = m.group(1) != null ? 0 : m.group(2) != null ? 1 : m.group(3) != null ? 2 : 3;
                    p.setNumID(numId);
                    p.setNumILvl(BigInteger.valueOf(level));
                    line = line.substring(m.end());
                }
                p.createRun().setText(line);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S002})
    void automatic_numbering_parses_to_the_same_headings_as_the_plain_text(String seed) throws Exception {
        byte[] docx = numberedDocx(Seeds.text(seed));
        ReportText read = new ReportFileReader().read(docx, "report.docx");
        assertEquals(ReportText.FileType.DOCX, read.fileType());
        ParsedReport fromDocx = Seeds.PARSER.parse(read.text(), ParseContext.of(Seeds.DICTIONARY));
        ParsedReport fromText = Seeds.parse(seed);
        assertEquals(fromText.headings(), fromDocx.headings());
        assertEquals(fromText.text(), fromDocx.text());
        assertEquals(fromText, fromDocx);
    }

    @Test
    void table_cells_are_read_in_body_order() throws Exception {
        byte[] docx = DocxFixtures.docx(doc -> {
            doc.createParagraph().createRun().setText("一、工作开展情况");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("活动");
            table.getRow(0).getCell(1).setText("次数");
            table.getRow(1).getCell(0).setText("召开中心组学习");
            table.getRow(1).getCell(1).setText("9次");
            doc.createParagraph().createRun().setText("二、存在的问题");
        });
        ReportText read = new ReportFileReader().read(docx, "t.docx");
        assertEquals("一、工作开展情况\n活动\t次数\n召开中心组学习\t9次\n二、存在的问题\n", read.text());
        ParsedReport r = Seeds.PARSER.parse(read.text(), ParseContext.of(Seeds.DICTIONARY));
        assertEquals("中心组学习", Seeds.metric(r, "召开中心组学习9次").indicator());
    }

    @Test
    void lower_levels_restart_and_a_restarted_list_starts_again() throws Exception {
        byte[] docx = DocxFixtures.docx(doc -> {
            BigInteger numId = DocxFixtures.chineseOutline(doc);
            String[][] lines = {{"0", "工作情况"}, {"1", "抓学习"}, {"2", "中心组学习"}, {"2", "支部学习"}, {"1", "抓队伍"},
                    {"2", "培训"}, {"0", "存在的问题"}, {"1", "学习不深"}, {"3", "理论学习"}};
            for (String[] line : lines) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(BigInteger.valueOf(Integer.parseInt(line[0])));
                p.createRun().setText(line[1]);
            }
            BigInteger again = doc.getNumbering().addNum(doc.getNumbering().getNum(numId).getCTNum().getAbstractNumId().getVal());
            var override = doc.getNumbering().getNum(again).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.ONE);
            XWPFParagraph restarted = doc.createParagraph();
            restarted.setNumID(again);
            restarted.setNumILvl(BigInteger.ZERO);
            restarted.createRun().setText("新清单");
        });
        assertEquals("一、工作情况\n（一）抓学习\n1.中心组学习\n2.支部学习\n（二）抓队伍\n1.培训\n二、存在的问题\n（一）学习不深\n（1）理论学习\n一、新清单\n",
                new ReportFileReader().read(docx, "n.docx").text());
    }

    @Test
    void numbering_formats_render_like_word() {
        assertEquals("十二", NumberingRenderer.format(12, "chineseCounting"));
        assertEquals("二十一", NumberingRenderer.format(21, "chineseCounting"));
        assertEquals("３", NumberingRenderer.format(3, "decimalFullWidth"));
        assertEquals("③", NumberingRenderer.format(3, "decimalEnclosedCircle"));
        assertEquals("iv", NumberingRenderer.format(4, "lowerRoman"));
        assertEquals("B", NumberingRenderer.format(2, "upperLetter"));
        assertEquals("7", NumberingRenderer.format(7, "decimal"));
    }
}
