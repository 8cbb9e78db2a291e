package com.jgdj.dashboard.similarity.ui;

import com.jgdj.dashboard.similarity.SimilarityFlag;
import com.jgdj.dashboard.similarity.SimilarityService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.List;

/** The 疑似雷同 badges of one submission, each opening its side-by-side view; empty when there is none. */
public class SimilarityFlags extends HorizontalLayout {

    public SimilarityFlags(SimilarityService service, long submissionId) {
        setPadding(false);
        setSpacing(true);
        addClassName("similarity-flags");
        List<SimilarityFlag> flags = service.flags(submissionId);
        for (SimilarityFlag f : flags) {
            Button badge = new Button(f.label(), e -> SimilarityNavigation.toPair(f.pairId()));
            badge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            add(badge);
        }
        setVisible(!flags.isEmpty());
    }
}
