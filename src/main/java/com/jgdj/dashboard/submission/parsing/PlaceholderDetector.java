package com.jgdj.dashboard.submission.parsing;

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

    private record Rule(Pattern pattern, Placeholder.Kind kind) {
    }

    private static final String U = Units.UNIT;
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?<![\\dA-Za-z])(?:(?:19|20)[xX×*＊]{2}|[xX×]{4})年?"), Placeholder.Kind.YEAR),
            new Rule(Pattern.compile("(?<![\\dA-Za-z])[xX×]{2}年"), Placeholder.Kind.YEAR),
            new Rule(Pattern.compile("多少(?:余|多)?(?:万余|万)?" + U + "?(?!年来)"), Placeholder.Kind.COUNT),
            new Rule(Pattern.compile("(?<!以下|如下|这|那|好|前|最近|近|十|百|千|万|零|有|没)几(?:个方面|方面|"
                    + U + ")"), Placeholder.Kind.COUNT),
            new Rule(Pattern.compile("(?<![多很较不减缺至最稀极])少(?:次|篇|人次|场次|项|条|份|件|家|批)"), Placeholder.Kind.COUNT),
            new Rule(Pattern.compile("[*＊]{1,4}(?:余|多)?" + U), Placeholder.Kind.COUNT),
            new Rule(Pattern.compile("(?<![A-Za-z])[XxNn×]{1,3}(?:余|多)?" + U + "(?<![A-Za-z%])"), Placeholder.Kind.COUNT),
            new Rule(Pattern.compile("(?<![A-Za-z])(?:X{2,4}|x{2,4}|×{2,4})(?![A-Za-z])"), Placeholder.Kind.TEXT),
            new Rule(Pattern.compile("【\\s*】|【[^】\\n]{0,20}(?:填写|名称|XX|xx|此处|输入)[^】\\n]{0,20}】"), Placeholder.Kind.TEXT),
            new Rule(Pattern.compile("此处填写|请填写|在此填写|填写内容|待填写|待补充"), Placeholder.Kind.TEXT),
            new Rule(Pattern.compile("\\p{IsHan}{0,4}什么\\p{IsHan}{0,4}(?![^。！\\n]{0,12}[？?])"), Placeholder.Kind.TEXT));

    private PlaceholderDetector() {
    }

    static List<Placeholder> find(String text, List<WebJunkDetector.Junk> junk) {
        List<Placeholder> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && !WebJunkDetector.covers(junk, m.start(), m.end())) {
                    found.add(new Placeholder(m.group(), rule.kind(), m.start(), m.end()));
                }
            }
        }
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
