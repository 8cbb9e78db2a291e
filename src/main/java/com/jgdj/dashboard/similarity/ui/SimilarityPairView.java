package com.jgdj.dashboard.similarity.ui;

import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.similarity.SimilarityDetails;
import com.jgdj.dashboard.similarity.SimilarityRow;
import com.jgdj.dashboard.similarity.SimilarityService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Side by side: both reports' texts with the shared passages highlighted (text only, never HTML). */
@Route(SimilarityNavigation.LIST + "/:id([0-9]{1,18})")
@PageTitle("疑似雷同对比")
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.LEADER_NAME})
class SimilarityPairView extends VerticalLayout implements BeforeEnterObserver {

    static final String HIGHLIGHT = "similarity-shared";

    private final SimilarityService service;
    final List<Span> highlightedA = new ArrayList<>();
    final List<Span> highlightedB = new ArrayList<>();

    SimilarityPairView(SimilarityService service) {
        this.service = service;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        highlightedA.clear();
        highlightedB.clear();
        String id = event.getRouteParameters().get("id").orElse("");
        SimilarityDetails d;
        try {
            d = service.details(id.matches("\\d{1,18}") ? Long.parseLong(id) : -1);
        } catch (UserInputException e) {
            add(new ViewHeader("疑似雷同对比"), new Span(e.getMessage()));
            return;
        }
        SimilarityRow r = d.row();
        long periodId = service.periodOf(r.id()).orElseThrow();
        add(new ViewHeader("疑似雷同：" + r.unitA() + " 与 " + (r.previous() ? "本单位" + r.periodB() + "报告" : r.unitB()),
                new Span("相似度 " + r.percent() + " · " + d.passages().size() + " 处雷同段落"),
                new Button("返回列表", e -> SimilarityNavigation.toPeriod(periodId))));
        List<int[]> spansA = d.passages().stream().map(p -> new int[] {p.aStart(), p.aLength()}).toList();
        List<int[]> spansB = d.passages().stream().map(p -> new int[] {p.bStart(), p.bLength()}).toList();
        HorizontalLayout sides = new HorizontalLayout(
                side(r.unitA(), d.textA(), spansA, highlightedA),
                side(r.previous() ? r.unitB() + "（" + r.periodB() + "）" : r.unitB(), d.textB(), spansB, highlightedB));
        sides.setSizeFull();
        add(sides);
        setFlexGrow(1, sides);
    }

    private static VerticalLayout side(String title, String text, List<int[]> spans, List<Span> highlighted) {
        Div body = new Div();
        body.getStyle().set("white-space", "pre-wrap").set("overflow", "auto").set("line-height", "1.7");
        body.setSizeFull();
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(s -> s[0]));
        int at = 0;
        for (int[] s : sorted) {
            if (s[0] < at || s[0] + s[1] > text.length()) {
                continue;
            }
            if (s[0] > at) {
                body.add(new Span(text.substring(at, s[0])));
            }
            Span shared = new Span(text.substring(s[0], s[0] + s[1]));
            shared.addClassName(HIGHLIGHT);
            shared.getStyle().set("background", "var(--lumo-error-color-10pct)")
                    .set("border-bottom", "2px solid var(--lumo-error-color)");
            body.add(shared);
            highlighted.add(shared);
            at = s[0] + s[1];
        }
        if (at < text.length()) {
            body.add(new Span(text.substring(at)));
        }
        VerticalLayout side = new VerticalLayout(new H3(title), body);
        side.setPadding(false);
        side.setSizeFull();
        side.setFlexGrow(1, body);
        return side;
    }

    /** For tests: the highlighted passages of one side. */
    List<String> passages(boolean sideA) {
        return (sideA ? highlightedA : highlightedB).stream().map(Span::getText).toList();
    }
}
