package com.jgdj.dashboard.documents.ui;

import com.jgdj.dashboard.documents.DocumentService;
import com.jgdj.dashboard.ranking.ui.RankingPeriodAction;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.Optional;

/** 下载通报 and 下载反馈意见 (all units, .zip) on the ranking page of a published period, for the committee's staff. */
@org.springframework.stereotype.Component
class RankingDocumentsAction implements RankingPeriodAction {

    static final String NOTICE = "下载通报";
    static final String BUNDLE = "下载反馈意见";

    private final DocumentService documents;
    private final CurrentUser currentUser;

    RankingDocumentsAction(DocumentService documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(long periodId) {
        if (currentUser.hasRole(Role.REPORTER) || !documents.published(periodId)) {
            return Optional.empty();
        }
        HorizontalLayout links = new HorizontalLayout(
                DocumentDownloads.anchor(NOTICE, "download-notice", () -> documents.notice(periodId)),
                DocumentDownloads.anchor(BUNDLE, "download-feedback-bundle", () -> documents.feedbackBundle(periodId)));
        links.setPadding(false);
        return Optional.of(links);
    }
}
