package com.jgdj.dashboard.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the title, the form (report or speech), the numbered headings and the inline items of a text. */
final class StructureParser {

    record Structure(String title, ParsedReport.Form form, List<Heading> headings, List<InlineItem> items) {
    }

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern[] HEADING = {
            Pattern.compile("^(" + CN + ")[、.．](?![、.．])"),
            Pattern.compile("^（(" + CN + ")）"),
            Pattern.compile("^(\\d{1,2})[.、](?!\\d)"),
            Pattern.compile("^（(\\d{1,2})）"),
    };
    private static final Pattern SALUTATION = Pattern.compile("^(尊敬的|各位领导|各位同志|同志们)[^。]{0,30}[：:，]?$");
    static final Pattern CLOSING = Pattern.compile("^(汇报完毕|我的汇报完毕|以上(是|为)?.{0,10}汇报|谢谢大家|谢谢[。！]?$)");
    private static final Pattern TITLE_END = Pattern.compile("[。：:；;，,！？!?]$");

    private StructureParser() {
    }

    static Structure parse(String text, Lines lines) {
        List<Heading> headings = new ArrayList<>();
        List<InlineItem> items = new ArrayList<>();
        for (int i = 0; i < lines.count(); i++) {
            String line = lines.line(i);
            int lineStart = lines.start(i);
            Heading h = heading(line, lineStart, i + 1);
            if (h != null) {
                headings.add(h);
            }
            findItems(line, h == null ? 0 : h.end() - lineStart, lineStart, i + 1, items);
        }
        return new Structure(title(lines), form(lines), List.copyOf(headings), List.copyOf(items));
    }

    private static final String ITEM_BOUNDARY = "。；：！？，”";

    /** "一是" / "第一，" at the start of a line or after a punctuation mark. Scanned by hand: it runs on every line. */
    private static void findItems(String line, int from, int lineStart, int lineNumber, List<InlineItem> items) {
        for (int k = from; k < line.length(); k++) {
            char c = line.charAt(k);
            if (!(k == 0 || ITEM_BOUNDARY.indexOf(line.charAt(k - 1)) >= 0 || Character.isWhitespace(line.charAt(k - 1)))) {
                continue;
            }
            int numeralStart = c == '第' ? k + 1 : k;
            int n = numeralStart;
            while (n < line.length() && n - numeralStart < 3 && "一二三四五六七八九十".indexOf(line.charAt(n)) >= 0) {
                n++;
            }
            if (n == numeralStart || n >= line.length()) {
                continue;
            }
            char next = line.charAt(n);
            int end;
            if (c != '第' && next == '是' && n + 1 < line.length() && "，。；".indexOf(line.charAt(n + 1)) < 0
                    && !Character.isWhitespace(line.charAt(n + 1))) {
                end = n + 1;
            } else if (c == '第' && (next == '，' || next == '、' || next == '：')) {
                end = n;
            } else {
                continue;
            }
            long ordinal = ChineseNumerals.parse(line.substring(numeralStart, n));
            if (ordinal > 0) {
                items.add(new InlineItem((int) ordinal, line.substring(k, end), lineNumber, lineStart + k, lineStart + end));
                k = end - 1;
            }
        }
    }

    private static Heading heading(String line, int lineStart, int lineNumber) {
        for (int level = 1; level <= HEADING.length; level++) {
            Matcher m = HEADING[level - 1].matcher(line);
            if (!m.find()) {
                continue;
            }
            String numeral = m.group(1);
            int ordinal = level <= 2 ? (int) ChineseNumerals.parse(numeral) : Integer.parseInt(numeral);
            if (ordinal <= 0) {
                return null;
            }
            int titleStart = m.end();
            int stop = firstSentenceEnd(line, titleStart);
            boolean runIn = stop >= 0 && stop < line.length() - 1;
            int end = stop >= 0 ? stop : line.length();
            while (end > titleStart && "。：:；;，,".indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end <= titleStart) {
                return null;
            }
            return new Heading(level, m.group(), ordinal, line.substring(titleStart, end), line.substring(0, end),
                    lineNumber, runIn, lineStart, lineStart + end);
        }
        return null;
    }

    private static int firstSentenceEnd(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                return i;
            }
        }
        return -1;
    }

    /** A short first line that does not read as a sentence, a salutation or a heading. */
    private static String title(Lines lines) {
        String first = lines.line(0);
        if (first.length() < 4 || first.length() > 60 || TITLE_END.matcher(first).find()
                || first.contains("，") || first.contains("。") || SALUTATION.matcher(first).find()) {
            return null;
        }
        for (Pattern p : HEADING) {
            if (p.matcher(first).find()) {
                return null;
            }
        }
        return lines.count() > 1 ? first : null;
    }

    private static ParsedReport.Form form(Lines lines) {
        for (int i = 0; i < Math.min(3, lines.count()); i++) {
            if (SALUTATION.matcher(lines.line(i)).find()) {
                return ParsedReport.Form.SPEECH;
            }
        }
        for (int i = Math.max(0, lines.count() - 3); i < lines.count(); i++) {
            String l = lines.line(i);
            if (l.startsWith("汇报完毕") || l.startsWith("我的汇报完毕") || l.contains("谢谢大家")) {
                return ParsedReport.Form.SPEECH;
            }
        }
        return ParsedReport.Form.REPORT;
    }
}
