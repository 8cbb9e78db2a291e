package com.jgdj.dashboard.parsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every count with its measure word, its activity phrase and, where the dictionary knows it, its indicator.
 * Dates, document numbers, ordinals (第三集), slogans (四个意识, 八项规定) and numbers inside quoted titles
 * (《…》, “…”) are not counts.
 */
final class MetricExtractor {

    private static final String APPROX = "余|多|来";
    private static final String MAGNITUDE = "万余|万|亿|千";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?:(?<arabic>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<chinese>[" + ChineseNumerals.CHARS + "]+))"
                    + "(?<approx>" + APPROX + ")?(?<mag>" + MAGNITUDE + ")?(?<unit>" + Units.UNIT + ")?"
                    + "(?<after>左右|以上|余)?");
    /**
     * The characters that can start the approximation, magnitude or unit after a number. A number followed by
     * anything else has neither magnitude nor unit, and is no count: {@link #QUANTITY} is not even tried there.
     */
    private static final boolean[] AFTER_NUMBER = afterNumber();
    private static final List<String> APPROX_PREFIXES = List.of(
            "不少于", "不低于", "将近", "大约", "超过", "至少", "多于", "近", "约", "超", "逾");
    private static final Pattern SLOGAN = Pattern.compile(
            "八项规定|四种形态|两个维护|四个意识|四个自信|两个确立|四个全面|三个表率|两个务必|三个代表|两个责任|两个大局"
                    + "|两个永远|两学一做|三严三实|四个伟大|四个等次|三会一课|一岗双责|三重一大|五位一体|四下基层");
    private static final Pattern COUNTING_VERB = Pattern.compile(
            "开展|召开|组织|举办|建立|发现|完成|成立|组建|培育|打造|评选|设立|覆盖|制定|出台|查处|处理|新增|发展|培训|走访|慰问");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:先后|累计|共计|合计|总计|共|其中|已经|已|并|还|同时|此外|另外|目前|截至目前|截止目前|全年|今年以来|今年来|今年|"
                    + "上半年|下半年|年内|半年来|再次|又|均|和|及|与|以及|等)+");
    private static final String BOUNDARY = "，。；：！？\n,;:!?";

    private MetricExtractor() {
    }

    static List<Metric> extract(String text, IndicatorDictionary dictionary, List<WebJunkDetector.Junk> junk,
                                List<Placeholder> placeholders) {
        boolean[] quoted = quotedRegions(text);
        List<Metric> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        int previousEnd = 0;
        // the regex is tried only where a number can start, which is much cheaper than Matcher.find()
        for (int at = 0; at < text.length(); at++) {
            char first = text.charAt(at);
            if (!(first >= '0' && first <= '9') && !ChineseNumerals.isNumeralChar(first)) {
                continue;
            }
            if (at > 0 && (Character.isDigit(text.charAt(at - 1)) || ChineseNumerals.isNumeralChar(text.charAt(at - 1))
                    || text.charAt(at - 1) == '.' || text.charAt(at - 1) == ',')) {
                continue; // inside a number already tried from its first character
            }
            if (!followedByUnitStart(text, at)) {
                continue;
            }
            m.region(at, text.length());
            if (!m.lookingAt()) {
                continue;
            }
            String unit = m.group("unit");
            String mag = m.group("mag");
            if (unit == null && mag == null) {
                continue;
            }
            int numberStart = m.start();
            int numberEnd = m.end(m.group("arabic") != null ? "arabic" : "chinese");
            String prefix = approxPrefix(text, numberStart);
            if (!acceptable(text, m, prefix, numberStart, numberEnd, quoted, junk)) {
                continue;
            }
            BigDecimal number;
            if (m.group("arabic") != null) {
                number = new BigDecimal(m.group("arabic").replace(",", ""));
            } else {
                long v = ChineseNumerals.parse(m.group("chinese"));
                if (v <= 1) {
                    continue; // bare 一 is an article ("一支队伍"), not a count
                }
                number = BigDecimal.valueOf(v);
            }
            String fullUnit = (mag == null ? "" : mag.replace("余", "")) + (unit == null ? "" : unit);
            boolean approx = prefix != null || m.group("approx") != null || m.group("after") != null
                    || (mag != null && mag.endsWith("余"));
            int quantityStart = numberStart - (prefix == null ? 0 : prefix.length());
            int phraseStart = phraseStart(text, quantityStart, previousEnd);
            String phrase = text.substring(phraseStart, quantityStart);
            if (m.group("chinese") != null && "个".equals(unit) && !COUNTING_VERB.matcher(phrase).find()) {
                continue; // 两个大局, 四个意识 … without a counting verb is a slogan
            }
            if (m.group("chinese") != null && overlapsSlogan(text, numberStart)) {
                continue;
            }
            if (overlapsPlaceholder(placeholders, quantityStart, m.end())) {
                continue;
            }
            String indicator = indicator(dictionary, text, phrase, quantityStart, m.end());
            out.add(new Metric(text.substring(phraseStart, m.end()), number, fullUnit, approx, indicator,
                    phraseStart, quantityStart, m.end()));
            previousEnd = m.end();
            at = m.end() - 1;
        }
        return List.copyOf(out);
    }

    /**
     * Whether the character after the run of number characters at {@code at} may start an approximation, magnitude
     * or unit. The number {@link #QUANTITY} takes ends at that character, or earlier before a digit, '.' or ','
     * that it leaves out (1,2345), and none of these starts a unit: where this is false the match has no unit and
     * no magnitude.
     */
    private static boolean followedByUnitStart(String text, int at) {
        int end = at;
        if (ChineseNumerals.isNumeralChar(text.charAt(at))) {
            while (end < text.length() && ChineseNumerals.isNumeralChar(text.charAt(end))) {
                end++;
            }
        } else {
            char c;
            while (end < text.length() && (((c = text.charAt(end)) >= '0' && c <= '9') || c == '.' || c == ',')) {
                end++;
            }
        }
        return end < text.length() && AFTER_NUMBER[text.charAt(end)];
    }

    private static boolean[] afterNumber() {
        Matcher start = Pattern.compile("(?:" + APPROX + "|" + MAGNITUDE + "|" + Units.UNIT + ")").matcher("");
        boolean[] first = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            start.reset(String.valueOf((char) c));
            first[c] = start.lookingAt() || start.hitEnd();
        }
        for (char c : "0123456789.,".toCharArray()) {
            if (first[c]) {
                throw new IllegalStateException("a unit must not start with a digit, '.' or ','");
            }
        }
        return first;
    }

    private static String approxPrefix(String text, int numberStart) {
        for (String p : APPROX_PREFIXES) {
            if (text.startsWith(p, numberStart - p.length())) {
                return p;
            }
        }
        return null;
    }

    private static boolean acceptable(String text, Matcher m, String prefix, int numberStart, int numberEnd,
                                      boolean[] quoted, List<WebJunkDetector.Junk> junk) {
        char before = numberStart > 0 ? text.charAt(numberStart - 1) : '\n';
        char after = m.end() < text.length() ? text.charAt(m.end()) : '\n';
        if (prefix == null && (before == '第' || before == '〔' || before == '[' || before == '.'
                || Character.isDigit(before) || isAsciiLetter(before))) {
            return false;
        }
        if (isAsciiLetter(after) || (m.group("unit") == null && Character.isDigit(after))) {
            return false;
        }
        if (quoted[numberStart] || WebJunkDetector.covers(junk, numberStart, numberEnd)) {
            return false;
        }
        if (m.group("chinese") != null) {
            String c = m.group("chinese");
            if (c.length() == 1 && "百千万亿零〇".indexOf(c.charAt(0)) >= 0) {
                return false;
            }
            if (ChineseNumerals.isNumeralChar(before) || before == '每' || before == '周' || before == '初'
                    || "统唯单同专万逐".indexOf(before) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Where the activity phrase before a quantity begins: after the last clause boundary or the previous count. */
    private static int phraseStart(String text, int quantityStart, int previousEnd) {
        int i = quantityStart;
        int limit = Math.max(previousEnd, quantityStart - 30);
        while (i > limit && BOUNDARY.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        if (i == previousEnd && i < quantityStart && text.charAt(i) == '、') {
            i++;
        } else if (i == quantityStart - 30 && i > previousEnd) {
            // no clause boundary within reach: start at the next enumeration comma rather than mid-word
            int comma = text.indexOf('、', i);
            if (comma >= 0 && comma < quantityStart - 1) {
                i = comma + 1;
            }
        }
        Matcher filler = LEADING_FILLER.matcher(text).region(i, quantityStart);
        if (filler.lookingAt()) {
            i = filler.end();
        }
        return i;
    }

    private static String indicator(IndicatorDictionary dictionary, String text, String phrase, int quantityStart,
                                    int quantityEnd) {
        Optional<IndicatorDictionary.Match> direct = dictionary.match(phrase);
        if (direct.isPresent()) {
            return direct.get().indicator();
        }
        // "22名同志参与疫情防控志愿服务": the activity follows the number, within the same clause
        int end = quantityEnd;
        while (end < text.length() && end < quantityEnd + 16 && "，。；：！？\n、".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return dictionary.match(phrase + text.substring(quantityStart, end))
                .map(IndicatorDictionary.Match::indicator).orElse(null);
    }

    private static boolean overlapsSlogan(String text, int numberStart) {
        Matcher s = SLOGAN.matcher(text).region(numberStart, Math.min(text.length(), numberStart + 4));
        return s.lookingAt();
    }

    private static boolean overlapsPlaceholder(List<Placeholder> placeholders, int start, int end) {
        for (Placeholder p : placeholders) {
            if (p.start() < end && start < p.end()) {
                return true;
            }
        }
        return false;
    }

    /** Characters inside 《》, “” and 〔〕 — document titles and quoted slogans. */
    static boolean[] quotedRegions(String text) {
        boolean[] q = new boolean[text.length() + 1];
        int depthBook = 0;
        boolean inQuote = false;
        int lineStartQuote = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '《', '〔' -> depthBook++;
                case '》', '〕' -> depthBook = Math.max(0, depthBook - 1);
                case '“' -> {
                    inQuote = true;
                    lineStartQuote = i;
                }
                case '”' -> inQuote = false;
                case '\n' -> {
                    depthBook = 0;
                    inQuote = false;
                }
                default -> {
                }
            }
            // an unmatched “ must not swallow the rest of a paragraph: quotes longer than 40 characters end
            if (inQuote && i - lineStartQuote > 40) {
                inQuote = false;
            }
            q[i] = depthBook > 0 || inQuote;
        }
        return q;
    }
}
