package com.jgdj.dashboard.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Flags that are not about numbering or years: placeholders, web junk, missing parts, length, truncation. */
final class QualityFlagger {

    static final int MIN_HAN_CHARACTERS = 300;
    private static final String SENTENCE_END = "。！？…”’）)」』!?.；;";
    private static final Pattern SIGNATURE = Pattern.compile(
            "^((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|.{2,30}(委员会|党组|党委|党总支|党支部|机关|局|办公室|中心|院|处|团市委))$");

    private QualityFlagger() {
    }

    static List<Flag> placeholders(List<Placeholder> placeholders) {
        List<Flag> flags = new ArrayList<>();
        for (Placeholder p : placeholders) {
            String what = switch (p.kind()) {
                case COUNT -> "数字未填写";
                case YEAR -> "年份未填写";
                case TEXT -> "内容未填写";
            };
            flags.add(new Flag(Flag.Code.PLACEHOLDER, "模板占位符“" + p.text() + "”：" + what, p.text(), p.start(), p.end()));
        }
        return flags;
    }

    static List<Flag> junk(String text, List<WebJunkDetector.Junk> junk) {
        List<Flag> flags = new ArrayList<>();
        for (WebJunkDetector.Junk j : junk) {
            flags.add(Flag.at(Flag.Code.WEB_JUNK, "疑似从网站复制带入的无关内容", text, j.start(), j.end()));
        }
        return flags;
    }

    static List<Flag> missingParts(List<Part> parts) {
        List<Flag> flags = new ArrayList<>();
        if (!parts.contains(Part.PROBLEMS)) {
            flags.add(Flag.absent(Flag.Code.MISSING_PROBLEMS, "未找到“存在的问题”部分"));
        }
        if (!parts.contains(Part.PLANS)) {
            flags.add(Flag.absent(Flag.Code.MISSING_PLANS, "未找到“下一步工作打算”部分"));
        }
        return flags;
    }

    static List<Flag> tooShort(String text) {
        long han = text.chars().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count();
        if (han < MIN_HAN_CHARACTERS) {
            return List.of(Flag.absent(Flag.Code.TOO_SHORT, "正文仅" + han + "个汉字，内容过短，不像完整的工作汇报"));
        }
        return List.of();
    }

    /**
     * Text cut off: the last paragraph stops mid-sentence, or a paragraph starts with the tail of a sentence
     * whose beginning is missing ("查事项报告表》，……": a closing 》 with no opening 《).
     */
    static List<Flag> truncated(String text, Lines lines, List<Heading> headings, List<WebJunkDetector.Junk> junk) {
        List<Flag> flags = new ArrayList<>();
        for (int i = 0; i < lines.count(); i++) {
            int start = lines.start(i);
            String line = lines.line(i);
            int body = 0;
            for (Heading h : headings) {
                if (h.start() == start) {
                    body = h.marker().length();
                    break;
                }
            }
            int window = Math.min(line.length(), body + 12);
            for (int k = body; k < window; k++) {
                char c = line.charAt(k);
                if (c == '《' || c == '“' || c == '（') {
                    break;
                }
                if (c == '》' || c == '”' || c == '）') {
                    flags.add(Flag.at(Flag.Code.TRUNCATED, "段落开头不完整，前面的文字疑似缺失", text, start + body,
                            start + k + 1));
                    break;
                }
            }
        }
        for (int i = lines.count() - 1; i >= 0; i--) {
            int start = lines.start(i);
            int end = lines.end(i);
            String line = stripJunk(text, start, end, junk).strip();
            if (line.isEmpty() || (i > 0 && SIGNATURE.matcher(line).find())) {
                continue;
            }
            boolean isHeading = headings.stream().anyMatch(h -> h.start() == start);
            if (isHeading && !headings.isEmpty() && headings.getLast().start() == start
                    && headings.getLast().end() == end) {
                flags.add(Flag.at(Flag.Code.TRUNCATED, "全文以标题结束，标题下没有内容", text, start, end));
            } else if (SENTENCE_END.indexOf(line.charAt(line.length() - 1)) < 0) {
                int evidenceEnd = start;
                for (int k = end; k > start; k--) {
                    if (!Character.isWhitespace(text.charAt(k - 1)) && !WebJunkDetector.covers(junk, k - 1, k)) {
                        evidenceEnd = k;
                        break;
                    }
                }
                int evidenceStart = Math.max(start, evidenceEnd - 20);
                flags.add(Flag.at(Flag.Code.TRUNCATED, "全文在句中结束，疑似不完整", text, evidenceStart, evidenceEnd));
            }
            break;
        }
        return flags;
    }

    private static String stripJunk(String text, int start, int end, List<WebJunkDetector.Junk> junk) {
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (!WebJunkDetector.covers(junk, k, k + 1)) {
                b.append(text.charAt(k));
            }
        }
        return b.toString();
    }
}
