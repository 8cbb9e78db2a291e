package com.jgdj.dashboard.parsing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A necessary condition for a regex to match a phrase, derived from the regex source: every top-level
 * alternative either needs a literal run of Chinese characters ("中心组[^，]{0,8}学习" needs "中心组") or,
 * failing that, at least one of the Chinese characters it mentions. Regexes whose alternatives mention no
 * Chinese character get no filter.
 */
final class Prefilter {

    private static final char HAN_FIRST = '\u3400';
    private static final char HAN_LAST = '\u9FFF';

    private final List<String> literals;
    private final BitSet chars;
    private final boolean always;

    private Prefilter(List<String> literals, BitSet chars, boolean always) {
        this.literals = literals;
        this.chars = chars;
        this.always = always;
    }

    static Prefilter of(List<String> patterns) {
        List<String> literals = new ArrayList<>();
        BitSet chars = new BitSet();
        for (String pattern : patterns) {
            for (String alternative : IndicatorCsv.splitTopLevel(pattern)) {
                String literal = longestRequiredLiteral(alternative);
                if (literal.length() >= 2) {
                    literals.add(literal);
                    continue;
                }
                boolean any = false;
                for (int i = 0; i < alternative.length(); i++) {
                    char c = alternative.charAt(i);
                    if (isHan(c)) {
                        chars.set(c - HAN_FIRST);
                        any = true;
                    }
                }
                if (!any) {
                    return new Prefilter(List.of(), chars, true);
                }
            }
        }
        return new Prefilter(List.copyOf(literals), chars, false);
    }

    boolean mayMatch(CharSequence phrase) {
        if (always) {
            return true;
        }
        String s = phrase.toString();
        for (String literal : literals) {
            if (s.contains(literal)) {
                return true;
            }
        }
        if (chars.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isHan(c) && chars.get(c - HAN_FIRST)) {
                return true;
            }
        }
        return false;
    }

    /** The longest run of Chinese characters outside groups and classes that no quantifier makes optional. */
    static String longestRequiredLiteral(String alternative) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (c == '\\') {
                best = longer(best, run);
                run.setLength(0);
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            if (depth == 0 && isHan(c)) {
                char next = i + 1 < alternative.length() ? alternative.charAt(i + 1) : ' ';
                if (next == '?' || next == '*' || next == '{') {
                    best = longer(best, run);
                    run.setLength(0);
                } else {
                    run.append(c);
                }
                continue;
            }
            best = longer(best, run);
            run.setLength(0);
            if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return longer(best, run);
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    private static boolean isHan(char c) {
        return c >= HAN_FIRST && c <= HAN_LAST;
    }
}
