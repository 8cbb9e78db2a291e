package com.jgdj.dashboard.parsing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a report into sections of work done, problems and plans, from heading wording and from unheaded
 * transition sentences ("经查摆检视，发现……存在……问题", "下步工作，……").
 */
final class PartClassifier {

    private static final Pattern PROBLEMS_TITLE = Pattern.compile(
            "存在的?(主要|突出)?(问题|不足|差距)|问题(和|与|及)?(不足|差距|原因|短板)|不足(之处|与|和|及)"
                    + "|短板(弱项)?|差距(和|与)?不足|(问题|原因)分析|主要问题|^问题$|^不足$");
    private static final Pattern PLANS_TITLE = Pattern.compile(
            "下一?步|下阶段|下一阶段|下半年|明年|今后|来年|新的一年|"
                    + "(打算|计划|思路|努力方向|工作安排|工作重点|措施|举措|目标任务)$");
    private static final Pattern WORK_TITLE = Pattern.compile(
            "(工作|开展|完成|落实|履行|履职|履责|执行|主要|基本)(情况|成效|做法|成绩)|主要工作|工作回顾|取得的?成效"
                    + "|主要做法|工作总结|亮点|主要成绩|开展情况|落实情况");
    private static final Pattern PROBLEMS_LEAD = Pattern.compile(
            "(存在|还有|仍有|尚有|也有)[^。：]{0,24}?(问题|不足|差距|短板|弱项|薄弱环节)");
    private static final Pattern PROBLEMS_CUE = Pattern.compile(
            "^(经|通过|对照|回顾|反思|总结|客观|虽然|尽管|查摆|检视|自查|剖析|但|同时|当然|在取得|在看到|我们也)"
                    + "|一些|以下|如下|主要表现|不少|若干|几个方面|薄弱环节");
    private static final Pattern PROBLEMS_LABEL = Pattern.compile("^(存在的?(主要)?问题|问题(与|和)不足|不足之处)[：:]?$");
    private static final Pattern PLANS_LEAD = Pattern.compile(
            "^(下步|下一步|下阶段|下一阶段|今后|新的一年|(下半年|明年|20\\d{2}年)[，,]?[^。]{0,12}?(将|拟|计划|打算|重点|要))");
    private static final Pattern ITEM_START = Pattern.compile("^([一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，、])");

    private PartClassifier() {
    }

    static Part classifyTitle(String title) {
        if (PROBLEMS_TITLE.matcher(title).find()) {
            return Part.PROBLEMS;
        }
        if (PLANS_TITLE.matcher(title).find()) {
            return Part.PLANS;
        }
        if (WORK_TITLE.matcher(title).find()) {
            return Part.WORK_DONE;
        }
        return null;
    }

    private record Boundary(int offset, Part part, String label, int level, boolean forceNew) {
    }

    static List<Section> sections(String text, Lines lines, List<Heading> headings) {
        List<Boundary> events = new ArrayList<>();
        int h = 0;
        for (int i = 0; i < lines.count(); i++) {
            int start = lines.start(i);
            if (h < headings.size() && headings.get(h).start() == start) {
                Heading heading = headings.get(h++);
                events.add(new Boundary(start, classifyTitle(heading.title()), heading.text(), heading.level(), false));
                continue;
            }
            String line = lines.line(i);
            if (StructureParser.CLOSING.matcher(line).find() && i >= lines.count() - 3) {
                events.add(new Boundary(start, Part.CLOSING, null, 0, true));
                continue;
            }
            Part transition = transition(line);
            if (transition != null) {
                events.add(new Boundary(start, transition, label(line), 0, true));
            }
        }
        events.sort(Comparator.comparingInt(Boundary::offset));

        List<Boundary> resolved = new ArrayList<>();
        Deque<int[]> stack = new ArrayDeque<>(); // {level, part ordinal}
        Part top = Part.OPENING;
        for (Boundary e : events) {
            Part part;
            if (e.forceNew()) {
                part = e.part();
                stack.clear();
                stack.push(new int[]{1, part.ordinal()});
                top = part;
                resolved.add(new Boundary(e.offset(), part, e.label(), 0, true));
                continue;
            }
            while (!stack.isEmpty() && stack.peek()[0] >= e.level()) {
                stack.pop();
            }
            if (e.part() != null) {
                part = e.part();
            } else if (stack.isEmpty()) {
                part = top == Part.PLANS || top == Part.PROBLEMS ? Part.PLANS : Part.WORK_DONE;
                if (top == Part.CLOSING) {
                    part = Part.WORK_DONE;
                }
            } else {
                part = Part.values()[stack.peek()[1]];
            }
            boolean isTop = stack.isEmpty();
            stack.push(new int[]{e.level(), part.ordinal()});
            if (isTop) {
                top = part;
            }
            resolved.add(new Boundary(e.offset(), part, e.label(), e.level(), isTop));
        }

        List<Section> sections = new ArrayList<>();
        if (resolved.isEmpty()) {
            return unstructured(text, lines);
        }
        int firstOffset = resolved.getFirst().offset();
        if (firstOffset > 0 && resolved.getFirst().level() == 0 && headings.isEmpty()) {
            // no headings at all: what precedes the first transition is the work done (after an announcing line)
            sections.addAll(unstructured(text.substring(0, firstOffset - 1), new Lines(text.substring(0, firstOffset - 1))));
        } else if (firstOffset > 0) {
            sections.add(new Section(Part.OPENING, null, 0, 0, firstOffset - 1));
        }
        Boundary open = null;
        for (Boundary b : resolved) {
            if (open != null && (b.forceNew() || b.part() != open.part())) {
                sections.add(new Section(open.part(), open.label(), open.level(), open.offset(), b.offset() - 1));
                open = b;
            } else if (open == null) {
                open = b;
            }
        }
        sections.add(new Section(open.part(), open.label(), open.level(), open.offset(), text.length()));
        return List.copyOf(sections);
    }

    /** A text without headings or transitions: an opening paragraph that announces the report, then work done. */
    private static List<Section> unstructured(String text, Lines lines) {
        if (text.isEmpty()) {
            return List.of();
        }
        String first = lines.line(0);
        if (lines.count() > 1 && (first.endsWith("：") || first.contains("汇报如下") || first.contains("报告如下"))) {
            return List.of(new Section(Part.OPENING, null, 0, 0, lines.end(0)),
                    new Section(Part.WORK_DONE, null, 0, lines.start(1), text.length()));
        }
        return List.of(new Section(Part.WORK_DONE, null, 0, 0, text.length()));
    }

    static Part transition(String line) {
        if (ITEM_START.matcher(line).find()) {
            return null;
        }
        int cut = line.length();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '：') {
                cut = i + 1;
                break;
            }
        }
        String first = line.substring(0, cut);
        if (PROBLEMS_LABEL.matcher(first).find()) {
            return Part.PROBLEMS;
        }
        if (PROBLEMS_LEAD.matcher(first).find() && (first.endsWith("：") || PROBLEMS_CUE.matcher(first).find())) {
            return Part.PROBLEMS;
        }
        if (PLANS_LEAD.matcher(first).find()) {
            return Part.PLANS;
        }
        if (line.length() <= 20 && !line.contains("。") && !line.contains("，")) {
            Part p = classifyTitle(line.replaceAll("[：:]$", ""));
            return p == Part.WORK_DONE ? null : p;
        }
        return null;
    }

    private static String label(String line) {
        int end = line.length();
        for (int i = 0; i < line.length(); i++) {
            if ("，。：；！？".indexOf(line.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        return line.substring(0, Math.min(end, 20));
    }
}
