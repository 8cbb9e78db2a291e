package com.jgdj.dashboard.documents.ui;

import com.jgdj.dashboard.documents.DocumentService;
import com.jgdj.dashboard.documents.FeedbackOffer;
import com.jgdj.dashboard.orgunit.ui.UnitPage;
import com.jgdj.dashboard.orgunit.ui.UnitPageContext;
import com.jgdj.dashboard.orgunit.ui.UnitPageSection;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Optional;

/** The unit page's 考核反馈意见: the unit's feedback for the page's period once its result is published. */
@org.springframework.stereotype.Component
class FeedbackUnitSection implements UnitPageSection {

    private final DocumentService documents;

    FeedbackUnitSection(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(UnitPageContext context, UnitPage page) {
        Optional<FeedbackOffer> offer = documents.feedbackOffer(context.unitId(), context.periodId());
        if (offer.isEmpty()) {
            return Optional.empty();
        }
        FeedbackOffer o = offer.get();
        VerticalLayout section = new VerticalLayout(new H3("考核反馈意见"),
                DocumentDownloads.anchor("下载" + o.periodName() + "反馈意见", "download-feedback",
                        () -> documents.feedback(o.unitId(), o.periodId())));
        section.setPadding(false);
        section.setId("unit-feedback");
        return Optional.of(section);
    }
}
