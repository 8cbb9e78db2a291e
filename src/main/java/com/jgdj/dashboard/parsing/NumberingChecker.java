package com.jgdj.dashboard.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbering mistakes: an inline item or heading repeated (三是 twice), skipped (三是 then 六是) or going
 * backwards. A sequence restarts at 1 or after a heading; a heading sequence restarts under a new parent.
 */
final class NumberingChecker {

    private NumberingChecker() {
    }

    static List<Flag> check(String text, List<Heading> headings, List<InlineItem> items) {
        List<Flag> flags = new ArrayList<>();
        checkItems(text, headings, items, flags);
        checkHeadings(text, headings, flags);
        flags.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return flags;
    }

    private static void checkItems(String text, List<Heading> headings, List<InlineItem> items, List<Flag> flags) {
        Map<Boolean, InlineItem> last = new HashMap<>(); // keyed by style: 一是 (true) or 第一 (false)
        int h = 0;
        for (InlineItem item : items) {
            boolean headingBetween = false;
            while (h < headings.size() && headings.get(h).start() < item.start()) {
                h++;
                headingBetween = true;
            }
            if (headingBetween) {
                last.clear();
            }
            boolean style = item.marker().endsWith("是");
            InlineItem previous = last.get(style);
            if (previous != null && item.ordinal() != 1) {
                compare(text, previous.ordinal(), item.ordinal(), item.marker(), previous.marker(), item.start(),
                        item.end(), style ? "是" : null, flags);
            }
            last.put(style, item);
        }
    }

    private static void checkHeadings(String text, List<Heading> headings, List<Flag> flags) {
        Integer[] last = new Integer[5];
        for (Heading hd : headings) {
            int level = hd.level();
            Integer previous = last[level];
            if (previous != null && hd.ordinal() != 1) {
                compare(text, previous, hd.ordinal(), hd.marker(), null, hd.start(), hd.start() + hd.marker().length(),
                        level <= 2 ? "" : null, flags);
            } else if (previous == null && level == 1 && hd.ordinal() != 1) {
                flags.add(Flag.at(Flag.Code.NUMBERING, "一级标题从“" + hd.marker() + "”开始，缺少前面的序号", text,
                        hd.start(), hd.start() + hd.marker().length()));
            }
            last[level] = hd.ordinal();
            for (int l = level + 1; l < last.length; l++) {
                last[l] = null;
            }
        }
    }

    private static void compare(String text, int previous, int ordinal, String marker, String previousMarker,
                                int start, int end, String itemSuffix, List<Flag> flags) {
        if (ordinal == previous + 1) {
            return;
        }
        String message;
        if (ordinal == previous) {
            message = "序号“" + marker + "”重复出现";
        } else if (ordinal > previous + 1) {
            StringBuilder missing = new StringBuilder();
            for (int k = previous + 1; k < ordinal && k < previous + 6; k++) {
                if (!missing.isEmpty()) {
                    missing.append("、");
                }
                missing.append(itemSuffix != null ? ChineseNumerals.format(k) + itemSuffix : String.valueOf(k));
            }
            message = "序号跳号：" + (previousMarker != null ? "“" + previousMarker + "”之后" : "") + "出现“" + marker
                    + "”，缺少“" + missing + "”";
        } else {
            message = "序号顺序颠倒：“" + marker + "”出现在序号" + previous + "之后";
        }
        flags.add(Flag.at(Flag.Code.NUMBERING, message, text, start, end));
    }
}
