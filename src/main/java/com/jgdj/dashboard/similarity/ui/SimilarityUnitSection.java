package com.jgdj.dashboard.similarity.ui;

import com.jgdj.dashboard.orgunit.ui.UnitPage;
import com.jgdj.dashboard.orgunit.ui.UnitPageContext;
import com.jgdj.dashboard.orgunit.ui.UnitPageSection;
import com.jgdj.dashboard.similarity.SimilarityFlag;
import com.jgdj.dashboard.similarity.SimilarityService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.Optional;

/**
 * The unit page's 疑似雷同 (committee only): each suspicious pair of the unit's report of the period, most similar
 * first, each opening the two reports side by side. Absent when the report forms no pair.
 */
@org.springframework.core.annotation.Order(6)
@org.springframework.stereotype.Component
class SimilarityUnitSection implements UnitPageSection {

    private final SimilarityService service;

    SimilarityUnitSection(SimilarityService service) {
        this.service = service;
    }

    @Override
    public Optional<Component> create(UnitPageContext context, UnitPage page) {
        List<SimilarityFlag> flags = service.unitFlags(context.unitId(), context.periodId());
        if (flags.isEmpty()) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout(new H3("疑似雷同"),
                new Paragraph("本期报告与下列报告有较长的相同段落（已排除通用表述），仅供参考，请对照原文判断。"));
        for (SimilarityFlag f : flags) {
            Button open = new Button(f.label(), e -> SimilarityNavigation.toPair(f.pairId()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            section.add(open);
        }
        section.setPadding(false);
        section.setSpacing(false);
        section.setId("unit-similarity");
        return Optional.of(section);
    }
}
