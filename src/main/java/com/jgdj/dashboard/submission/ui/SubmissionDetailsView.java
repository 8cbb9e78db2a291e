package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.similarity.SimilarityService;
import com.jgdj.dashboard.similarity.ui.SimilarityFlags;
import com.jgdj.dashboard.orgunit.ui.OrgUnitNavigation;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.ReportAnalysis;
import com.jgdj.dashboard.submission.ReportFinding;
import com.jgdj.dashboard.submission.ReportFindingSource;
import com.vaadin.flow.component.html.Div;
import com.jgdj.dashboard.submission.SubmissionDetails;
import com.jgdj.dashboard.submission.SubmissionPage;
import com.jgdj.dashboard.submission.SubmissionService;
import com.jgdj.dashboard.submission.SubmissionStatus;
import com.jgdj.dashboard.submission.SubmissionVersionRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.jgdj.dashboard.base.ui.DownloadNames;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * One submitted report: metadata and actions, then the report reader (outline, text with counts and flags
 * marked), its counts by indicator, its quality flags with evidence, and all its versions.
 */
@Route(SubmissionNavigation.DETAILS_ROUTE)
@PermitAll
class SubmissionDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SubmissionService service;
    private final CurrentUser currentUser;
    private String title = "工作汇报";
    ReportReader reader;
    TabSheet tabs;
    Tab readerTab;
    Grid<ReportAnalysis.FlagRow> flags;

    private final SimilarityService similarity;
    private final List<ReportFindingSource> findingSources;

    SubmissionDetailsView(SubmissionService service, CurrentUser currentUser, SimilarityService similarity,
                          List<ReportFindingSource> findingSources) {
        this.service = service;
        this.currentUser = currentUser;
        this.similarity = similarity;
        this.findingSources = findingSources;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SubmissionPage page = event.getRouteParameters().getLong("id").flatMap(service::page).orElse(null);
        if (page == null) {
            title = "工作汇报不存在";
            add(new ViewHeader("工作汇报不存在"), new Span("未找到该工作汇报，或您无权查看。"));
            return;
        }
        SubmissionDetails s = page.details();
        ReportAnalysis analysis = page.analysis();
        title = s.unitName() + " · " + s.periodName();
        add(new ViewHeader(s.title() == null ? s.unitName() + " " + s.periodName() + "工作汇报" : s.title(),
                actions(s)));
        List<ReportFinding> findings = new java.util.ArrayList<>();
        findingSources.forEach(source -> findings.addAll(source.findings(s.id())));
        if (committee()) {
            add(new SimilarityFlags(similarity, s.id()));
            similarity.sharedSpans(s.id()).forEach(x -> findings.add(new ReportFinding(ReportFinding.Kind.COPY,
                    x.startOffset(), x.startOffset() + x.length(),
                    "与" + (x.previous() ? "本单位上期报告" : x.otherUnit()) + "共有（" + x.length() + "字）")));
        }
        add(metadata(s));
        reader = new ReportReader(s.fullText(), analysis, findings);
        tabs = new TabSheet();
        tabs.setWidthFull();
        Div findingsPanel = reader.findingsPanel();
        readerTab = tabs.add("原文", findingsPanel == null ? reader : new Div(findingsPanel, reader));
        tabs.add("统计数据（" + analysis.metrics().size() + "）", counts(page.totals(), analysis));
        tabs.add("质量提示（" + analysis.flags().size() + "）", flagList(analysis));
        List<SubmissionVersionRow> versions = page.versions();
        tabs.add("历史版本（" + versions.size() + "）", versionList(versions, s.id()));
        add(tabs);
        UrlParams.intParam(event.getLocation().getQueryParameters().getParameters(), SubmissionNavigation.AT)
                .ifPresent(reader::scrollTo);
    }

    private boolean committee() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ASSESSOR) || currentUser.hasRole(Role.LEADER);
    }

    private Component[] actions(SubmissionDetails s) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = service.originalFile(s.id()).orElse(new byte[0]);
            // the stored name is the uploader's: saved only under a safe name with the extension of what is sent
            String name = DownloadNames.safe(s.fileName(), "docx".equals(s.fileType()) ? "docx" : "txt", "工作汇报");
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, contentType(s.fileType()),
                    bytes.length);
        }), "下载原文件");
        if (!s.latest() || !(currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ASSESSOR))) {
            return new Component[]{download};
        }
        Button accept = new Button("接收", e -> run(() -> service.accept(s.id(), s.version()), "已接收"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setEnabled(s.status() == SubmissionStatus.SUBMITTED);
        Button giveBack = new Button("退回修改", e -> returnDialog(s).open());
        giveBack.setEnabled(s.status() != SubmissionStatus.RETURNED);
        return new Component[]{download, giveBack, accept};
    }

    private Dialog returnDialog(SubmissionDetails s) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("退回修改");
        TextArea reason = new TextArea("退回原因（单位联络员可见）");
        reason.setWidth("32em");
        reason.setMaxLength(500);
        dialog.add(reason);
        Button confirm = new Button("退回", e -> {
            run(() -> service.returnForRevision(s.id(), s.version(), reason.getValue()), "已退回修改");
            dialog.close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), confirm);
        return dialog;
    }

    private void run(Runnable action, String done) {
        action.run();
        Notifications.success(done);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private static DescriptionList metadata(SubmissionDetails s) {
        DescriptionList meta = new DescriptionList();
        meta.addClassName("meta-list");
        meta.add(new DescriptionList.Term("单位"),
                new DescriptionList.Description(OrgUnitNavigation.anchor(UnitId.of(s.unitId()), s.unitName())));
        meta.add(term("报送期"), value(s.periodName()));
        meta.add(term("版本"), value("第" + s.versionNo() + "版" + (s.latest() ? "（最新）" : "（已被新版本取代）")));
        meta.add(term("状态"), value(s.status().label() + (s.statusReason() == null ? "" : "：" + s.statusReason())));
        meta.add(term("报送时间"), value(Formats.dateTime(s.submittedAt()) + (s.late() ? "（逾期）" : "（按时）")));
        meta.add(term("报送人"), value(s.submittedBy()));
        meta.add(term("文件"), value(s.fileName() + " · " + s.fileType() + " · "
                + (s.fileEncoding() == null ? "" : s.fileEncoding() + " · ") + Formats.fileSize(s.fileSize())));
        if (s.reportForm() != null) {
            meta.add(term("形式"), value("speech".equals(s.reportForm()) ? "讲话稿" : "工作报告"));
            meta.add(term("问题部分占比"), value(s.problemShare() == null ? "—"
                    : String.format("%.1f%%", s.problemShare().doubleValue() * 100)));
        }
        meta.add(term("SHA-256"), value(s.fileSha256()));
        return meta;
    }

    private Component counts(List<ReportAnalysis.IndicatorTotal> indicatorTotals, ReportAnalysis analysis) {
        Grid<ReportAnalysis.IndicatorTotal> totals = new Grid<>();
        totals.addColumn(ReportAnalysis.IndicatorTotal::indicator).setHeader("指标");
        totals.addColumn(t -> t.total().stripTrailingZeros().toPlainString() + t.unit()).setHeader("合计");
        totals.addColumn(ReportAnalysis.IndicatorTotal::mentions).setHeader("提及次数");
        totals.setItems(indicatorTotals);
        totals.setAllRowsVisible(true);
        Grid<ReportAnalysis.MetricRow> all = new Grid<>();
        all.addColumn(ReportAnalysis.MetricRow::text).setHeader("原文").setFlexGrow(4);
        all.addColumn(m -> (m.approx() ? "约" : "") + m.number().stripTrailingZeros().toPlainString() + m.unit())
                .setHeader("数量");
        all.addColumn(m -> m.indicator() == null ? "（未归类）" : m.indicator()).setHeader("指标");
        all.setItems(analysis.metrics());
        all.addItemClickListener(e -> showInText(e.getItem().startOffset()));
        all.setAllRowsVisible(true);
        VerticalLayout layout = new VerticalLayout(new Span("按指标汇总"), totals, new Span("全部数字（点击查看原文位置）"), all);
        layout.setPadding(false);
        return layout;
    }

    private Component flagList(ReportAnalysis analysis) {
        flags = new Grid<>();
        flags.addColumn(ReportAnalysis.FlagRow::message).setHeader("提示").setFlexGrow(3);
        flags.addColumn(f -> f.evidence() == null ? "—" : f.evidence()).setHeader("原文依据").setFlexGrow(3);
        flags.setItems(analysis.flags());
        flags.addItemClickListener(e -> {
            if (e.getItem().startOffset() != null) {
                showInText(e.getItem().startOffset());
            }
        });
        flags.setAllRowsVisible(true);
        return flags;
    }

    private Component versionList(List<SubmissionVersionRow> versions, long currentId) {
        Grid<SubmissionVersionRow> grid = new Grid<>();
        grid.addColumn(v -> "第" + v.versionNo() + "版" + (v.id() == currentId ? "（当前查看）" : "")).setHeader("版本");
        grid.addColumn(v -> Formats.dateTime(v.submittedAt())).setHeader("报送时间");
        grid.addColumn(SubmissionVersionRow::fileName).setHeader("文件");
        grid.addColumn(v -> v.status().label() + (v.statusReason() == null ? "" : "：" + v.statusReason()))
                .setHeader("状态");
        grid.addColumn(v -> v.flagCount() + "项").setHeader("质量提示");
        grid.addItemClickListener(e -> SubmissionNavigation.toSubmission(e.getItem().id()));
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        return grid;
    }

    void showInText(int offset) {
        tabs.setSelectedTab(readerTab);
        reader.scrollTo(offset);
    }

    private static String contentType(String fileType) {
        return switch (fileType) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "doc", "wps" -> "application/msword";
            case "pdf" -> "application/pdf";
            default -> "text/plain";
        };
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
