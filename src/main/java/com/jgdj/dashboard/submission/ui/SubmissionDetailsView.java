package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.base.ui.Formats;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.orgunit.ui.OrgUnitNavigation;
import com.jgdj.dashboard.submission.SubmissionDetails;
import com.jgdj.dashboard.submission.SubmissionService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** One submitted report: its metadata and its full text, shown as text (never interpreted as HTML). */
@Route("submissions/:id")
@PermitAll
class SubmissionDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div text = new Div();
    private final SubmissionService service;
    private String title = "工作汇报";

    SubmissionDetailsView(SubmissionService service) {
        this.service = service;
        text.addClassName("report-text");
        text.setId("report-text");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SubmissionDetails s = event.getRouteParameters().getLong("id").flatMap(service::details).orElse(null);
        if (s == null) {
            title = "工作汇报不存在";
            add(new ViewHeader("工作汇报不存在"), new Span("未找到该工作汇报，或您无权查看。"));
            return;
        }
        title = s.unitName() + " · " + s.periodName();
        add(new ViewHeader(s.title() == null ? s.unitName() + " " + s.periodName() + "工作汇报" : s.title()));
        add(metadata(s));
        text.setText(s.fullText());
        add(text);
    }

    private static DescriptionList metadata(SubmissionDetails s) {
        DescriptionList meta = new DescriptionList();
        meta.addClassName("meta-list");
        meta.add(new DescriptionList.Term("单位"),
                new DescriptionList.Description(new Anchor(OrgUnitNavigation.unitPath(s.unitId()), s.unitName())));
        meta.add(term("报送期"), value(s.periodName()));
        meta.add(term("版本"), value("第" + s.versionNo() + "版" + (s.latest() ? "（最新）" : "（已被新版本取代）")));
        meta.add(term("状态"), value(s.status().label() + (s.statusReason() == null ? "" : "：" + s.statusReason())));
        meta.add(term("报送时间"), value(Formats.dateTime(s.submittedAt()) + (s.late() ? "（逾期）" : "（按时）")));
        meta.add(term("报送人"), value(s.submittedBy()));
        meta.add(term("文件"), value(s.fileName() + " · " + s.fileType() + " · "
                + (s.fileEncoding() == null ? "" : s.fileEncoding() + " · ") + Formats.fileSize(s.fileSize())));
        meta.add(term("SHA-256"), value(s.fileSha256()));
        return meta;
    }

    private static DescriptionList.Term term(String label) {
        return new DescriptionList.Term(label);
    }

    private static DescriptionList.Description value(String text) {
        return new DescriptionList.Description(text);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
