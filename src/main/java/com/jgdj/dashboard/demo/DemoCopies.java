package com.jgdj.dashboard.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plants the known copies of the demo's open period into its stored rows, so that the 疑似雷同 check can be tested
 * against the truth: one unit pastes one paragraph, about 30 % of its report, made of another unit's work
 * paragraphs, and a third unit re-submits its report of the previous period with the dates changed. Candidates are the latest
 * UTF-8 rows, in unit order; nothing is planted when there are too few. Plain Java, deterministic.
 */
final class DemoCopies {

    /** A planted pair as {@code similarity_pair} records it: PEER (a copied from b) or PREVIOUS (a = b's unit). */
    record Planted(String kind, long unitA, long unitB) {

        String code() {
            return kind + ":" + unitA + "-" + unitB;
        }
    }

    static final double COPIED_SHARE = 0.30;

    private DemoCopies() {
    }

    /** Replaces the planted rows in {@code rows} (the open period's) and returns what was planted. */
    static List<Planted> plant(List<DemoSubmission> rows, List<DemoSubmission> previousRows, DemoPeriod period,
                               DemoPeriod previous) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DemoSubmission r = rows.get(i);
            if (r.latest() && "UTF-8".equals(r.fileEncoding())) {
                candidates.add(i);
            }
        }
        List<Planted> planted = new ArrayList<>();
        if (candidates.size() < 3) {
            return planted;
        }
        // each demo unit writes in its own words: the copier takes whole work paragraphs of the source, run together
        int copier = candidates.get(0);
        int source = candidates.get(1);
        String block = workParagraphs(rows.get(source).fullText(),
                (int) (COPIED_SHARE * rows.get(copier).fullText().length()));
        rows.set(copier, withText(rows.get(copier), insert(rows.get(copier).fullText(), block)));
        planted.add(new Planted("PEER", rows.get(copier).unitId(), rows.get(source).unitId()));
        for (int c = 2; c < candidates.size() && previous != null; c++) {
            DemoSubmission r = rows.get(candidates.get(c));
            int oldIndex = indexOfLatest(previousRows, r.unitId());
            if (oldIndex >= 0) {
                rows.set(candidates.get(c), withText(r, redate(previousRows.get(oldIndex).fullText(), previous, period)));
                planted.add(new Planted("PREVIOUS", r.unitId(), r.unitId()));
                break;
            }
        }
        return planted;
    }

    /**
     * One paragraph of at least {@code length} characters (or all there is) made of the work paragraphs
     * (一是…) of {@code text}, without their ordinals, leaving out unfinished ones and pasted web junk.
     */
    static String workParagraphs(String text, int length) {
        StringBuilder b = new StringBuilder();
        boolean inWork = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("（一）")) {
                inWork = true;
            } else if (line.startsWith("二、")) {
                break;
            } else if (inWork && !line.startsWith("（") && line.length() > 2 && !line.contains("多少")
                    && !line.contains("##")) {
                b.append(line.substring(2));
                if (b.length() >= length) {
                    break;
                }
            }
        }
        return b.toString();
    }

    private static int indexOfLatest(List<DemoSubmission> rows, long unitId) {
        for (int i = 0; i < rows.size(); i++) {
            DemoSubmission r = rows.get(i);
            if (r.unitId() == unitId && r.latest() && "UTF-8".equals(r.fileEncoding())) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} with the paragraphs of {@code block} inserted after its title and opening lines. */
    static String insert(String text, String block) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.addAll(Math.min(2, lines.size()), Arrays.asList(block.split("\n")));
        return String.join("\n", lines);
    }

    /** The previous period's report dated for this period. */
    static String redate(String text, DemoPeriod previous, DemoPeriod period) {
        return text.replace(previous.year() + "年", period.year() + "年")
                .replace(span(previous), span(period));
    }

    private static String span(DemoPeriod p) {
        return p.annual() ? "全年" : "上半年";
    }

    private static DemoSubmission withText(DemoSubmission r, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new DemoSubmission(r.unitId(), r.periodId(), r.versionNo(), r.latest(), r.title(), text, r.fileName(),
                r.fileType(), r.fileEncoding(), bytes, DemoSubmissionPlanner.sha256(bytes), r.submittedAt(),
                r.submittedBy(), r.status(), r.late(), r.statusReason());
    }
}
