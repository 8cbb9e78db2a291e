package com.jgdj.dashboard.parsing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years mentioned in a report, the report's own year, and content years that do not fit it. */
final class YearAnalyzer {

    record YearMention(int year, int start, int end, boolean inTitleOfDocument, boolean inRange) {
    }

    private static final Pattern YEAR = Pattern.compile(
            "([12][09]\\d{2})(?:(年(?:度|上半年|下半年|全年)?)|(?=\\s*[-—－~至到]\\s*(?:19|20)\\d{2}年))");
    private static final Pattern OPENING_YEAR = Pattern.compile("((?:19|20)\\d{2})年(以来|上半年|度|全年|，|工作|是|的)");

    private YearAnalyzer() {
    }

    static List<YearMention> mentions(String text) {
        boolean[] quoted = MetricExtractor.quotedRegions(text);
        List<YearMention> out = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            if ((m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1))) || !(m.group(1).startsWith("19")
                    || m.group(1).startsWith("20"))) {
                continue;
            }
            boolean range = m.group(2) == null || (m.start() > 0 && "-—－~至到".indexOf(text.charAt(m.start() - 1)) >= 0);
            boolean inBook = quoted[m.start()] && insideBook(text, m.start());
            out.add(new YearMention(Integer.parseInt(m.group(1)), m.start(), m.end(), inBook, range));
        }
        return out;
    }

    private static boolean insideBook(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (c == '《' || c == '〔') {
                return true;
            }
            if (c == '》' || c == '〕') {
                return false;
            }
        }
        return false;
    }

    static List<Integer> distinctYears(List<YearMention> mentions) {
        LinkedHashSet<Integer> years = new LinkedHashSet<>();
        mentions.forEach(m -> years.add(m.year()));
        return List.copyOf(years);
    }

    /** The period's year, else the title's, else the opening's, else the most frequent year of the work done. */
    static Integer reportYear(Optional<ReportPeriod> period, String text, String title, List<Section> sections,
                              List<YearMention> mentions) {
        if (period.isPresent()) {
            return period.get().year();
        }
        if (title != null) {
            Matcher t = Pattern.compile("(?:19|20)\\d{2}").matcher(title);
            if (t.find()) {
                return Integer.parseInt(t.group());
            }
        }
        int openingEnd = sections.stream().filter(s -> s.part() == Part.OPENING).mapToInt(Section::end).findFirst()
                .orElse(Math.min(text.length(), 300));
        Matcher o = OPENING_YEAR.matcher(text).region(0, Math.max(0, Math.min(text.length(), Math.max(openingEnd, 300))));
        if (o.find()) {
            return Integer.parseInt(o.group(1));
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        for (YearMention y : mentions) {
            if (!y.inTitleOfDocument() && !y.inRange() && partAt(sections, y.start()) == Part.WORK_DONE) {
                counts.merge(y.year(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    static Part partAt(List<Section> sections, int offset) {
        for (Section s : sections) {
            if (offset >= s.start() && offset <= s.end()) {
                return s.part();
            }
        }
        return null;
    }

    /** Plans for a year before the report year, or work done in a year after it; one flag per year and part. */
    static List<Flag> mismatches(String text, Integer reportYear, List<Section> sections, List<YearMention> mentions) {
        if (reportYear == null) {
            return List.of();
        }
        Map<String, YearMention> first = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (YearMention y : mentions) {
            if (y.inTitleOfDocument() || y.inRange()) {
                continue;
            }
            Part part = partAt(sections, y.start());
            String key = null;
            if (part == Part.PLANS && y.year() < reportYear) {
                key = "plans:" + y.year();
            } else if (part != Part.PLANS && y.year() > reportYear) {
                key = "done:" + y.year();
            }
            if (key != null) {
                first.putIfAbsent(key, y);
                count.merge(key, 1, Integer::sum);
            }
        }
        List<Flag> flags = new ArrayList<>();
        for (Map.Entry<String, YearMention> e : first.entrySet()) {
            YearMention y = e.getValue();
            int n = count.get(e.getKey());
            String message = e.getKey().startsWith("plans:")
                    ? "工作打算中出现" + y.year() + "年（共" + n + "处），早于报告年度" + reportYear + "年，疑似沿用往年材料"
                    : "出现" + y.year() + "年（共" + n + "处），晚于报告年度" + reportYear + "年";
            flags.add(Flag.at(Flag.Code.YEAR_MISMATCH, message, text, y.start(), y.end()));
        }
        return flags;
    }
}
