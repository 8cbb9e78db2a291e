package com.jgdj.dashboard.parsing;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Renders the label Word draws in front of a numbered paragraph ("一、", "（二）", "3.") from the numbering
 * definition. Counters are kept per abstract numbering and level, as Word does; a level restarts when a
 * higher level of the same list advances.
 */
final class NumberingRenderer {

    private final XWPFDocument document;
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Map<BigInteger, boolean[]> started = new HashMap<>();
    private final Set<BigInteger> seenNums = new HashSet<>();

    NumberingRenderer(XWPFDocument document) {
        this.document = document;
        this.numbering = document.getNumbering();
    }

    String label(XWPFParagraph p) {
        if (numbering == null) {
            return "";
        }
        BigInteger numId = p.getNumID();
        BigInteger ilvl = p.getNumIlvl();
        if (numId == null) {
            CTNumPr fromStyle = styleNumPr(p.getStyle());
            if (fromStyle != null && fromStyle.getNumId() != null) {
                numId = fromStyle.getNumId().getVal();
                ilvl = fromStyle.getIlvl() != null ? fromStyle.getIlvl().getVal() : null;
            }
        }
        if (numId == null || numId.signum() == 0) {
            return "";
        }
        int level = ilvl == null ? 0 : ilvl.intValue();
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return "";
        }
        CTAbstractNum definition = abstractNum.getCTAbstractNum();
        CTLvl[] levels = new CTLvl[9];
        for (CTLvl lvl : definition.getLvlArray()) {
            int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (i >= 0 && i < 9) {
                levels[i] = lvl;
            }
        }
        if (level < 0 || level > 8 || levels[level] == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(abstractId, k -> new int[9]);
        boolean[] running = started.computeIfAbsent(abstractId, k -> new boolean[9]);
        if (seenNums.add(numId)) {
            // a new list instance with a start override ("restart numbering" in Word) restarts those levels
            for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                if (override.getIlvl() != null && override.getStartOverride() != null) {
                    int l = override.getIlvl().intValue();
                    if (l >= 0 && l < 9) {
                        count[l] = override.getStartOverride().getVal().intValue() - 1;
                        running[l] = true;
                    }
                }
            }
        }
        if (!running[level]) {
            count[level] = start(levels[level], num, level) - 1;
            running[level] = true;
        }
        count[level]++;
        for (int l = level + 1; l < 9; l++) {
            running[l] = false;
        }
        CTLvl lvl = levels[level];
        if (lvl.getNumFmt() != null && "bullet".equals(lvl.getNumFmt().getVal().toString())) {
            return "";
        }
        String pattern = lvl.getLvlText() != null && lvl.getLvlText().getVal() != null ? lvl.getLvlText().getVal()
                : "%" + (level + 1) + ".";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int ref = pattern.charAt(++i) - '1';
                if (ref >= 0 && ref < 9) {
                    int value = ref == level || running[ref] ? count[ref] : start(levels[ref], num, ref);
                    String fmt = levels[ref] != null && levels[ref].getNumFmt() != null
                            ? levels[ref].getNumFmt().getVal().toString() : "decimal";
                    b.append(format(value, fmt));
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private int start(CTLvl lvl, XWPFNum num, int level) {
        if (lvl == null) {
            return 1;
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == level
                    && override.getStartOverride() != null) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        return lvl.getStart() != null ? lvl.getStart().getVal().intValue() : 1;
    }

    private CTNumPr styleNumPr(String styleId) {
        if (styleId == null || document.getStyles() == null) {
            return null;
        }
        XWPFStyle style = document.getStyles().getStyle(styleId);
        for (int depth = 0; style != null && depth < 10; depth++) {
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            if (ppr != null && ppr.getNumPr() != null) {
                return ppr.getNumPr();
            }
            String parent = style.getBasisStyleID();
            style = parent == null ? null : document.getStyles().getStyle(parent);
        }
        return null;
    }

    static String format(int n, String numFmt) {
        return switch (numFmt) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
                 "taiwaneseCounting", "taiwaneseCountingThousand" -> ChineseNumerals.format(n);
            case "decimalFullWidth", "decimalFullWidth2" -> toFullWidth(Integer.toString(n));
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1))
                    : Integer.toString(n);
            case "bullet", "none" -> "";
            default -> Integer.toString(n);
        };
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append((char) (c - '0' + '０'));
        }
        return b.toString();
    }

    private static String letters(int n, char base) {
        StringBuilder b = new StringBuilder();
        int repeat = (n - 1) / 26 + 1;
        char c = (char) (base + (n - 1) % 26);
        b.append(String.valueOf(c).repeat(repeat));
        return b.toString();
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                n -= values[i];
                b.append(symbols[i]);
            }
        }
        return b.toString();
    }
}
