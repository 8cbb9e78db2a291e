package com.jgdj.dashboard.parsing;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.function.Consumer;

/** Builds .docx files in tests. */
final class DocxFixtures {

    private DocxFixtures() {
    }

    static byte[] docx(Consumer<XWPFDocument> content) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The numbering Chinese reports use: 一、 / （一） / 1. / （1） on levels 0–3 of one list; returns its numId.
     */
    static BigInteger chineseOutline(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        level(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
        level(abs, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
        level(abs, 2, STNumberFormat.DECIMAL, "%3.");
        level(abs, 3, STNumberFormat.DECIMAL, "（%4）");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
        return numbering.addNum(abstractId);
    }

    private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }
}
