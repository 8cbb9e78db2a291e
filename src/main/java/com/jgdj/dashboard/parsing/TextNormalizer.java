package com.jgdj.dashboard.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns submitted text into the canonical text that is stored and that all offsets refer to: one paragraph
 * per line, no blank lines, uniform marker forms, no stray spaces inside Chinese text, hard-wrapped lines
 * rejoined and a report flattened into one line split again at its heading markers.
 */
final class TextNormalizer {

    private static final String TERMINAL = "。！？；：…!?;:";
    private static final Pattern HALF_PARENS = Pattern.compile("\\(([^()\\n（）]{1,30})\\)");
    private static final Pattern MARKER_SPACE = Pattern.compile(
            "^((?:\\d{1,2}[.、])|(?:[一二三四五六七八九十]{1,3}[、.])|(?:（[一二三四五六七八九十\\d]{1,3}）)) +");
    private static final Pattern LOWER_IN_LINE = Pattern.compile(
            "(?<=[。！？；：])(?:（[一二三四五六七八九十]{1,3}）|\\d{1,2}[.、](?!\\d))|（[一二三四五六七八九十]{1,3}）");
    private static final Pattern STARTS_WITH_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.]|（[一二三四五六七八九十\\d]{1,3}）|\\d{1,2}[.、](?!\\d))");
    private static final Pattern LEVEL1_TITLE_END = Pattern.compile(
            "^[一二三四五六七八九十]{1,3}、[^。，；]{0,20}?(情况|问题|不足|打算|计划|思路|措施|安排|成效|做法)(及原因|和不足|及整改措施)?");
    private static final Pattern ITEM_IN_HEADING = Pattern.compile("(?<!^)(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}，)");
    private static final Pattern STARTS_WITH_MARKER = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.]|（[一二三四五六七八九十\\d]{1,3}）|\\d{1,2}[.、](?!\\d)"
                    + "|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，、])");

    private TextNormalizer() {
    }

    static String normalize(String raw) {
        String s = mapCharacters(raw);
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\n", -1)) {
            lines.add(normalizeLine(line));
        }
        lines = rejoinHardWraps(lines);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.addAll(splitFlattened(line));
            }
        }
        return String.join("\n", out);
    }

    private static String mapCharacters(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f' || c == '\u0085') {
                b.append('\n');
            } else if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                    || c == '\u00AD') {
                // zero-width characters and soft hyphens carry nothing
            } else if (c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u202F' || c == '\u205F'
                    || (c >= '\u2000' && c <= '\u200A')) {
                b.append(' ');
            } else if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if ((c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
                b.append((char) (c - 'Ａ' + 'A'));
            } else if (c == '％') {
                b.append('%');
            } else if (c < ' ' && c != '\n') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isCjk(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || (c >= '\u2018' && c <= '\u201F') || c == '\u2026' || c == '\u2014' || c == '\u00D7';
    }

    private static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
    }

    private static boolean numeric(char c) {
        return (c >= '0' && c <= '9') || c == '%';
    }

    static String normalizeLine(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                int j = i;
                while (j < t.length() && t.charAt(j) == ' ') {
                    j++;
                }
                char before = b.length() > 0 ? b.charAt(b.length() - 1) : ' ';
                char after = t.charAt(j);
                boolean drop = (isCjk(before) && (isCjk(after) || numeric(after) || ",;:()".indexOf(after) >= 0))
                        || (isCjk(after) && (numeric(before) || ",;:()".indexOf(before) >= 0));
                if (!drop) {
                    b.append(' ');
                }
                i = j - 1;
            } else {
                b.append(c);
            }
        }
        String s = widenPunctuation(b.toString());
        if (s.indexOf('．') >= 0) {
            s = unifyMarkers(s);
        }
        return s.indexOf(' ') >= 0 ? MARKER_SPACE.matcher(s).replaceFirst("$1") : s;
    }

    /** Half-width , ; : ( ) inside Chinese text become the full-width forms the rest of the parser expects. */
    private static String widenPunctuation(String s) {
        if (s.indexOf('(') < 0 && s.indexOf(',') < 0 && s.indexOf(';') < 0 && s.indexOf(':') < 0) {
            return s;
        }
        Matcher m = HALF_PARENS.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        while (m.find()) {
            String inner = m.group(1);
            boolean chinese = inner.chars().anyMatch(ch -> isHan((char) ch))
                    || (m.start() == 0 && inner.matches("\\d{1,2}"));
            m.appendReplacement(b, Matcher.quoteReplacement(chinese ? "（" + inner + "）" : m.group()));
        }
        m.appendTail(b);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c != ',' && c != ';' && c != ':') {
                continue;
            }
            char before = i > 0 ? b.charAt(i - 1) : ' ';
            char after = i + 1 < b.length() ? b.charAt(i + 1) : '\n';
            boolean cjkBefore = isCjk(before);
            boolean cjkAfter = isCjk(after) || after == '\n';
            if (cjkBefore && cjkAfter || (cjkBefore && c != ',' && numeric(after))) {
                b.setCharAt(i, c == ',' ? '，' : c == ';' ? '；' : '：');
            }
        }
        return b.toString();
    }

    /** 1．→ 1. and (一) → （一） at the start of a line; the full stop between digits becomes ASCII. */
    private static String unifyMarkers(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == '．' && i > 0 && Character.isDigit(b.charAt(i - 1))) {
                b.setCharAt(i, '.');
            }
        }
        return b.toString();
    }

    /**
     * A paragraph copied from a PDF comes as lines of one width. Only when many lines share that width do we
     * join a full-width line that does not end a sentence with the next one.
     */
    private static List<String> rejoinHardWraps(List<String> lines) {
        Map<Integer, Integer> widths = new HashMap<>();
        int longLines = 0;
        for (String l : lines) {
            if (l.length() >= 12 && TERMINAL.indexOf(l.charAt(l.length() - 1)) < 0) {
                widths.merge(l.length(), 1, Integer::sum);
            }
            if (l.length() >= 12) {
                longLines++;
            }
        }
        int width = -1;
        int best = 0;
        for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
            int around = e.getValue() + widths.getOrDefault(e.getKey() - 1, 0) + widths.getOrDefault(e.getKey() + 1, 0);
            if (around > best || (around == best && e.getKey() > width)) {
                best = around;
                width = e.getKey();
            }
        }
        if (best < 3 || best * 10 < longLines * 3) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String l : lines) {
            if (current != null && !l.isEmpty() && !STARTS_WITH_MARKER.matcher(l).find()) {
                char last = current.charAt(current.length() - 1);
                if (last < 128 && Character.isLetterOrDigit(last) && l.charAt(0) < 128
                        && Character.isLetter(l.charAt(0))) {
                    current.append(' ');
                }
                current.append(l);
            } else {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(l);
            }
            String now = current.toString();
            boolean wrapped = l.length() >= width - 2 && !l.isEmpty()
                    && TERMINAL.indexOf(now.charAt(now.length() - 1)) < 0
                    && !(STARTS_WITH_HEADING.matcher(now).find() && now.indexOf('。') < 0 && now.length() == l.length());
            if (!wrapped) {
                out.add(now);
                current = null;
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    /** Splits a long line that holds a whole report (一、…二、… after sentence ends) at its heading markers. */
    private static List<String> splitFlattened(String line) {
        if (line.length() < 60) {
            return List.of(line);
        }
        List<Integer> cuts = new ArrayList<>();
        int previous = -1;
        boolean sequence = false;
        // hand-written scan for "。二、": a regex character class here dominated the normaliser's time
        for (int comma = line.indexOf('、'); comma >= 0; comma = line.indexOf('、', comma + 1)) {
            int start = comma;
            while (start > 0 && comma - start < 3 && "一二三四五六七八九十".indexOf(line.charAt(start - 1)) >= 0) {
                start--;
            }
            if (start == comma || start == 0 || "。！？；：".indexOf(line.charAt(start - 1)) < 0) {
                continue;
            }
            long ordinal = ChineseNumerals.parse(line.substring(start, comma));
            if (previous >= 0 && ordinal == previous + 1) {
                sequence = true;
            }
            previous = (int) ordinal;
            cuts.add(start);
        }
        if (!sequence) {
            return List.of(line);
        }
        Matcher lower = LOWER_IN_LINE.matcher(line);
        while (lower.find()) {
            if (lower.start() > 0) {
                cuts.add(lower.start());
            }
        }
        cuts = cuts.stream().distinct().sorted().toList();
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from) {
                out.add(line.substring(from, cut).strip());
            }
            from = cut;
        }
        out.add(line.substring(from).strip());
        out.removeIf(String::isEmpty);
        List<String> result = new ArrayList<>();
        for (String piece : out) {
            result.addAll(splitHeadingFromBody(piece));
        }
        return result;
    }

    /**
     * In a flattened report a heading runs straight into its first paragraph ("二、存在的问题一是……"): cut
     * before an inline item or after a part title that ends the heading.
     */
    private static List<String> splitHeadingFromBody(String piece) {
        if (!STARTS_WITH_HEADING.matcher(piece).find()) {
            return List.of(piece);
        }
        int sentenceEnd = piece.indexOf('。');
        int limit = sentenceEnd < 0 ? piece.length() : sentenceEnd;
        int cut = -1;
        Matcher item = ITEM_IN_HEADING.matcher(piece).region(0, limit);
        item.useAnchoringBounds(true);
        if (item.find()) {
            cut = item.start();
        }
        Matcher title = LEVEL1_TITLE_END.matcher(piece);
        if (title.find() && title.end() < limit && (cut < 0 || title.end() < cut)) {
            cut = title.end();
        }
        if (cut <= 0 || cut >= piece.length()) {
            return List.of(piece);
        }
        return List.of(piece.substring(0, cut), piece.substring(cut));
    }
}
