package com.jgdj.dashboard.parsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unfilled template slots. A mask before a measure word ("**次") is a missing number; a mask before a name
 * ("**机关", "***市") is an anonymised name and is left alone, as is 某某.
 */
final class PlaceholderDetector {

    /** A rule runs only when the text contains one of its trigger strings; most reports contain none. */
    private record Rule(List<String> triggers, Pattern pattern, Placeholder.Kind kind, boolean noAlnumBefore) {

        Rule(String triggers, Pattern pattern, Placeholder.Kind kind) {
            this(triggers, pattern, kind, false);
        }

        Rule(String triggers, Pattern pattern, Placeholder.Kind kind, boolean noAlnumBefore) {
            this(List.of(triggers.split(" ")), pattern, kind, noAlnumBefore);
        }

        boolean mayMatch(String text) {
            for (String t : triggers) {
                if (text.contains(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String U = Units.UNIT;
    // lookbehinds sit after the literal they guard, so the scan looks for the literal first
    private static final List<Rule> RULES = List.of(
            new Rule("20x 20X 20× 20* 20＊ 19x 19X 19×", Pattern.compile("[12][09][xX×*＊]{2}(?<=(?:19|20)..)年?"),
                    Placeholder.Kind.YEAR, true),
            new Rule("xx XX ××", Pattern.compile("[xX×]{2,4}年"), Placeholder.Kind.YEAR, true),
            new Rule("多少", Pattern.compile("多少(?:余|多)?(?:万余|万)?" + U + "?(?!年来)"), Placeholder.Kind.COUNT),
            new Rule("几", Pattern.compile("几(?<!(?:以下|如下|这|那|好|前|最近|近|十|百|千|万|零|有|没)几)(?:个方面|方面|"
                    + U + ")"), Placeholder.Kind.COUNT),
            new Rule("少", Pattern.compile("少(?<![多很较不减缺至最稀极]少)(?:次|篇|人次|场次|项|条|份|件|家|批)"), Placeholder.Kind.COUNT),
            new Rule("* ＊", Pattern.compile("[*＊]{1,4}(?:余|多)?" + U), Placeholder.Kind.COUNT),
            new Rule("X x N n ×", Pattern.compile("[XxNn×]{1,3}[ \u3000]?(?:余|多)?" + U), Placeholder.Kind.COUNT, true),
            new Rule("XX xx ××", Pattern.compile("[Xx×]{2,4}(?![A-Za-z])"), Placeholder.Kind.TEXT, true),
            new Rule("【", Pattern.compile("【\\s*】|【[^】\\n]{0,20}(?:填写|名称|XX|xx|此处|输入)[^】\\n]{0,20}】"), Placeholder.Kind.TEXT),
            new Rule("填写 待补充", Pattern.compile("此处填写|请填写|在此填写|填写内容|待填写|待补充"), Placeholder.Kind.TEXT));

    private PlaceholderDetector() {
    }

    /**
     * "被表彰为什么", "取得了什么荣誉": 什么 with up to four Chinese characters on each side, unless the
     * sentence is a question.
     */
    private static void findWhat(String text, List<WebJunkDetector.Junk> junk, List<Placeholder> found) {
        for (int at = text.indexOf("什么"); at >= 0; at = text.indexOf("什么", at + 2)) {
            int start = at;
            while (start > 0 && at - start < 4 && isHan(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 2;
            while (end < text.length() && end - at - 2 < 4 && isHan(text.charAt(end))) {
                end++;
            }
            boolean question = false;
            for (int k = end; k < text.length() && k < end + 13; k++) {
                char c = text.charAt(k);
                if (c == '？' || c == '?') {
                    question = true;
                }
                if (c == '。' || c == '！' || c == '\n' || question) {
                    break;
                }
            }
            if (!question && !WebJunkDetector.covers(junk, start, end)) {
                found.add(new Placeholder(text.substring(start, end), Placeholder.Kind.TEXT, start, end));
            }
        }
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
    }

    static List<Placeholder> find(String text, List<WebJunkDetector.Junk> junk) {
        List<Placeholder> found = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.mayMatch(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (rule.noAlnumBefore() && m.start() > 0 && isAsciiAlnum(text.charAt(m.start() - 1))) {
                    continue;
                }
                if (m.end() > m.start() && !WebJunkDetector.covers(junk, m.start(), m.end())) {
                    found.add(new Placeholder(m.group(), rule.kind(), m.start(), m.end()));
                }
            }
        }
        findWhat(text, junk, found);
        found.sort(Comparator.comparingInt(Placeholder::start)
                .thenComparing(Comparator.comparingInt((Placeholder p) -> p.end() - p.start()).reversed()));
        List<Placeholder> out = new ArrayList<>();
        int covered = -1;
        for (Placeholder p : found) {
            if (p.start() >= covered) {
                out.add(p);
                covered = p.end();
            }
        }
        return List.copyOf(out);
    }
}
