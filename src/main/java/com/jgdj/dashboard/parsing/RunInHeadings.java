package com.jgdj.dashboard.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report copied from a web page often arrives as one or a few long paragraphs with its outline inside the running
 * text ("…要求。一、主要工作（一）强化理论武装。…二、存在的问题 一是…"). Such a line is broken before each heading
 * marker that continues the outline in order — 一、 二、 … after a sentence end, a space or the line start;
 * （一）（二）… also right after a heading — and a short heading title followed by a space ends its line there.
 * Lines that carry fewer than two outline markers in order are left alone.
 */
final class RunInHeadings {

    private static final int MIN_LENGTH = 80;
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String BOUNDARY = "。；！？!?;：: \u3000";
    private static final Pattern TITLE_THEN_SPACE = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)"
            + "[^。，；：！？,;:\\s]{2,25}([ \u3000]+)(?=\\S)");

    private RunInHeadings() {
    }

    static String split(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line.length() >= MIN_LENGTH ? splitLine(line) : line);
        }
        return out.toString();
    }

    private static String splitLine(String line) {
        int expectedTop = 1;
        int expectedSub = 1;
        boolean afterHeading = false;
        StringBuilder out = new StringBuilder(line.length() + 16);
        int copied = 0;
        int breaks = 0;
        Markers m = new Markers(line);
        while (m.find()) {
            int at = m.start;
            char before = at == 0 ? '。' : line.charAt(at - 1);
            boolean boundary = BOUNDARY.indexOf(before) >= 0;
            boolean split = false;
            if (m.top) {
                if (boundary && ChineseNumerals.parse(m.numeral()) == expectedTop) {
                    expectedTop++;
                    expectedSub = 1;
                    split = true;
                }
            } else if (ChineseNumerals.parse(m.numeral()) == expectedSub
                    && (boundary || afterHeading || expectedSub > 1)) {
                expectedSub++;
                split = true;
            }
            if (split) {
                afterHeading = true;
                if (at > 0) {
                    out.append(line, copied, at).append('\n');
                    copied = at;
                    breaks++;
                }
            } else if (at > 0 && "。".indexOf(line.charAt(at - 1)) >= 0) {
                afterHeading = false;
            }
        }
        if (breaks < 1 || expectedTop + expectedSub < 4) {
            return line;
        }
        out.append(line, copied, line.length());
        StringBuilder result = new StringBuilder(out.length());
        for (String part : out.toString().split("\n", -1)) {
            if (!result.isEmpty()) {
                result.append('\n');
            }
            Matcher t = TITLE_THEN_SPACE.matcher(part);
            if (t.find()) {
                result.append(part, 0, t.start(1)).append('\n').append(part, t.end(1), part.length());
            } else {
                result.append(stripTrailingSpace(part));
            }
        }
        return result.toString();
    }

    private static String stripTrailingSpace(String s) {
        return s.stripTrailing();
    }

    /**
     * The outline markers of a line from left to right, as {@code find()} of {@code ([一…十]{1,3})、|（([一…十]{1,3})）}
     * would give them, without a regular expression: a class of ten CJK characters is a chain of ten predicates
     * in {@link Pattern}, tried at every position of every long line.
     */
    private static final class Markers {

        private final String line;
        private int from;
        int start;
        boolean top;
        private int numeralStart;
        private int numeralEnd;

        Markers(String line) {
            this.line = line;
        }

        boolean find() {
            int n = line.length();
            for (int p = from; p < n; p++) {
                char c = line.charAt(p);
                if (isNumeral(c)) {
                    int end = numeralsEnd(p);
                    if (end - p <= 3 && end < n && line.charAt(end) == '、') {
                        return found(p, true, p, end, end + 1);
                    }
                } else if (c == '（') {
                    int end = numeralsEnd(p + 1);
                    int count = end - p - 1;
                    if (count >= 1 && count <= 3 && end < n && line.charAt(end) == '）') {
                        return found(p, false, p + 1, end, end + 1);
                    }
                }
            }
            from = n;
            return false;
        }

        String numeral() {
            return line.substring(numeralStart, numeralEnd);
        }

        private boolean found(int start, boolean top, int numeralStart, int numeralEnd, int end) {
            this.start = start;
            this.top = top;
            this.numeralStart = numeralStart;
            this.numeralEnd = numeralEnd;
            this.from = end;
            return true;
        }

        private int numeralsEnd(int p) {
            int end = p;
            while (end < line.length() && isNumeral(line.charAt(end))) {
                end++;
            }
            return end;
        }

        private static boolean isNumeral(char c) {
            return NUMERALS.indexOf(c) >= 0;
        }
    }
}
