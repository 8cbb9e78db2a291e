package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.submission.ReportAnalysis;
import com.jgdj.dashboard.submission.ReportFinding;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Shows a report: its heading outline beside its text, with extracted counts and flagged spans marked. The text
 * is built from text nodes and spans, so nothing in a report is ever interpreted as HTML. Other features (grading
 * evidence, drill-down) open it at an offset with {@link #scrollTo(int)}.
 */
public class ReportReader extends HorizontalLayout {

    private record Mark(int start, int end, String cssClass, String title) {
    }

    private record Segment(int start, int end, Span span) {
    }

    final TreeGrid<ReportAnalysis.HeadingRow> outline = new TreeGrid<>();
    final Div text = new Div();
    private final List<Segment> segments = new ArrayList<>();
    private Integer focusedOffset;
    private Span focused;

    private final List<ReportFinding> findings;

    /** Outline beside the text. */
    public ReportReader(String fullText, ReportAnalysis analysis) {
        this(fullText, analysis, true, List.of());
    }

    /** Outline beside the text, with the findings (rule evidence, copied passages) marked in it. */
    public ReportReader(String fullText, ReportAnalysis analysis, List<ReportFinding> findings) {
        this(fullText, analysis, true, findings);
    }

    /** The text alone, for narrow places such as beside the scoring form. */
    public static ReportReader textOnly(String fullText, ReportAnalysis analysis) {
        return new ReportReader(fullText, analysis, false, List.of());
    }

    private ReportReader(String fullText, ReportAnalysis analysis, boolean withOutline, List<ReportFinding> findings) {
        this.findings = findings.stream().filter(f -> f.end() > f.start() && f.start() >= 0
                && f.start() < fullText.length()).sorted(java.util.Comparator.comparingInt(ReportFinding::start)).toList();
        setWidthFull();
        addClassName("report-reader");
        outline.addHierarchyColumn(h -> h.marker() + h.title()).setHeader("提纲");
        outline.setItems(roots(analysis.headings()), h -> children(analysis.headings(), h));
        outline.expandRecursively(roots(analysis.headings()), 4);
        outline.addItemClickListener(e -> scrollTo(e.getItem().startOffset()));
        outline.setWidth("22em");
        outline.getStyle().set("flex", "0 0 22em");
        outline.setHeight("70vh");
        outline.addClassName("report-outline");

        text.addClassName("report-text");
        text.setId("report-text");
        build(fullText, analysis);
        if (withOutline) {
            add(outline);
        }
        add(text);
        setFlexGrow(1, text);
    }

    /**
     * Asks the browser which part of the text the user selected and hands its offsets (start, end) on; nothing
     * happens when nothing inside the report is selected.
     */
    public void requestSelection(java.util.function.BiConsumer<Integer, Integer> onSelected, Runnable onNothing) {
        text.getElement().executeJs("""
                const sel = window.getSelection();
                if (!sel.rangeCount) return '';
                const r = sel.getRangeAt(0);
                if (r.collapsed || !this.contains(r.startContainer) || !this.contains(r.endContainer)) return '';
                const pos = (node, off) => {
                  const el = node.nodeType === 3 ? node.parentElement : node;
                  return el.dataset.o === undefined ? -1 : parseInt(el.dataset.o) + (node.nodeType === 3 ? off : 0);
                };
                const a = pos(r.startContainer, r.startOffset), b = pos(r.endContainer, r.endOffset);
                return a < 0 || b < 0 ? '' : a + ',' + b;""").then(String.class, offsets -> {
            if (offsets == null || offsets.isEmpty()) {
                onNothing.run();
            } else {
                int comma = offsets.indexOf(',');
                onSelected.accept(Integer.parseInt(offsets.substring(0, comma)), Integer.parseInt(offsets.substring(comma + 1)));
            }
        });
    }

    /** Scrolls to the text at {@code offset} and marks it as the current place. */
    public void scrollTo(int offset) {
        Segment target = segments.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst()
                .orElse(segments.isEmpty() ? null : segments.getLast());
        if (target == null) {
            return;
        }
        if (focused != null) {
            focused.removeClassName("hl-focus");
        }
        Span component = target.span();
        component.addClassName("hl-focus");
        component.getElement().executeJs("this.scrollIntoView({block: 'center', behavior: 'smooth'})");
        focused = component;
        focusedOffset = offset;
    }

    /**
     * The findings marked in the text: a legend of the kinds present and one link per finding (in text order) that
     * scrolls to its mark; null when there is none. Labels are text, never markup.
     */
    public Div findingsPanel() {
        if (findings.isEmpty()) {
            return null;
        }
        Div legend = new Div(new Span("图例："));
        legend.addClassName("report-legend");
        legend.setId("report-legend");
        for (ReportFinding.Kind kind : ReportFinding.Kind.values()) {
            long n = findings.stream().filter(f -> f.kind() == kind).count();
            if (n > 0) {
                Span sample = new Span(kind.label() + "（" + n + "）");
                sample.addClassName(kind.cssClass());
                legend.add(sample, new Span(" "));
            }
        }
        Div list = new Div();
        list.addClassName("report-findings");
        list.setId("report-findings");
        for (ReportFinding f : findings) {
            com.vaadin.flow.component.button.Button go = new com.vaadin.flow.component.button.Button(
                    f.kind().label() + "：" + f.label(), e -> scrollTo(f.start()));
            go.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
            go.addClassName("finding-link");
            go.getElement().setAttribute("data-kind", f.kind().name());
            go.getStyle().set("white-space", "normal").set("text-align", "left").set("height", "auto");
            list.add(new Div(go));
        }
        Div panel = new Div(legend, list);
        panel.addClassName("report-findings-panel");
        return panel;
    }

    Integer focusedOffset() {
        return focusedOffset;
    }

    /** The report text as displayed, piece by piece. */
    public String displayedText() {
        return String.join("", segments.stream().map(s -> s.span().getText()).toList());
    }

    /** True when every piece of the text is a plain text node: nothing in the report is rendered as markup. */
    boolean rendersOnlyText() {
        return text.getElement().getChildren().allMatch(child -> !child.hasProperty("innerHTML")
                && child.getChildCount() == 1 && child.getChild(0).isTextNode());
    }

    /** The marked spans in text order, as "class:text" (for tests). */
    List<String> marks() {
        return segments.stream().map(Segment::span)
                .filter(s -> s.getClassNames().stream().anyMatch(c -> c.startsWith("hl-")))
                .map(s -> String.join(" ", s.getClassNames().stream().filter(c -> c.startsWith("hl-")).sorted().toList())
                        + ":" + s.getText())
                .toList();
    }

    private void build(String fullText, ReportAnalysis analysis) {
        List<Mark> marks = new ArrayList<>();
        analysis.metrics().forEach(m -> marks.add(new Mark(m.quantityStart(), m.endOffset(), "hl-metric",
                m.indicator() == null ? m.text() : m.indicator() + "：" + m.text())));
        analysis.flags().stream().filter(f -> f.startOffset() != null && f.endOffset() > f.startOffset())
                .forEach(f -> marks.add(new Mark(f.startOffset(), f.endOffset(), "hl-flag", f.message())));
        analysis.headings().forEach(h -> marks.add(new Mark(h.startOffset(), h.endOffset(), "hl-heading", null)));
        findings.forEach(f -> marks.add(new Mark(f.start(), f.end(), f.kind().cssClass(), f.label())));

        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, fullText.length()));
        for (Mark m : marks) {
            cuts.add(clamp(m.start(), fullText));
            cuts.add(clamp(m.end(), fullText));
        }
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                addSegment(fullText, previous, cut, marks);
            }
            previous = cut;
        }
    }

    private void addSegment(String fullText, int start, int end, List<Mark> marks) {
        String piece = fullText.substring(start, end);
        List<Mark> covering = marks.stream().filter(m -> m.start() <= start && end <= m.end()).toList();
        // every piece is a span (text content only), so any place in the report can be scrolled to and marked
        Span span = new Span(piece);
        span.getElement().setAttribute("data-o", Integer.toString(start));
        covering.forEach(m -> span.addClassName(m.cssClass()));
        String title = String.join("；", covering.stream().map(Mark::title).filter(t -> t != null).toList());
        if (!title.isEmpty()) {
            span.setTitle(title);
        }
        text.add(span);
        segments.add(new Segment(start, end, span));
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    private static List<ReportAnalysis.HeadingRow> roots(List<ReportAnalysis.HeadingRow> headings) {
        return headings.stream().filter(h -> parent(headings, h) == null).toList();
    }

    private static List<ReportAnalysis.HeadingRow> children(List<ReportAnalysis.HeadingRow> headings,
                                                            ReportAnalysis.HeadingRow parent) {
        return headings.stream().filter(h -> parent.equals(parent(headings, h))).toList();
    }

    /** The nearest earlier heading of a higher level (a smaller number). */
    private static ReportAnalysis.HeadingRow parent(List<ReportAnalysis.HeadingRow> headings,
                                                    ReportAnalysis.HeadingRow heading) {
        ReportAnalysis.HeadingRow parent = null;
        for (ReportAnalysis.HeadingRow h : headings) {
            if (h.ordinal() >= heading.ordinal()) {
                break;
            }
            if (h.level() < heading.level()) {
                parent = h;
            }
        }
        return parent;
    }
}
