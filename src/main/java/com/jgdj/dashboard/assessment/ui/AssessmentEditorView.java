package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.period.PeriodId;
import java.util.List;
import com.jgdj.dashboard.assessment.ReportHints;
import com.jgdj.dashboard.findings.FindingsService;
import com.jgdj.dashboard.assessment.AssessmentCorrectionService;
import com.jgdj.dashboard.assessment.AssessmentService;
import com.jgdj.dashboard.assessment.AssessmentSheet;
import com.jgdj.dashboard.assessment.AssessmentStatus;
import com.jgdj.dashboard.assessment.AssessmentWorkflowService;
import com.jgdj.dashboard.assessment.Points;
import com.jgdj.dashboard.assessment.RevisionRow;
import com.jgdj.dashboard.assessment.SavedAssessment;
import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.SubmissionReport;
import com.jgdj.dashboard.submission.SubmissionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** One unit's assessment: its report on the left, the scoring form on the right; workflow and corrections. */
@Route(AssessmentNavigation.EDITOR_ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.LEADER_NAME})
class AssessmentEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button save = new Button("保存");
    final Button submit = new Button("提交审核");
    final Button returnToDraft = new Button("退回草稿");
    final Button correct = new Button("更正");
    final TextArea correctionReason = new TextArea("更正理由");
    final Button saveCorrection = new Button("保存更正");
    final Span status = new Span();
    final Button createScheme = new Button();
    ScoreFormPanel form;
    ReportPanel report;

    private final AssessmentService service;
    private final AssessmentWorkflowService workflow;
    private final AssessmentCorrectionService corrections;
    private final SubmissionService submissions;
    private final SchemeService schemes;
    private final FindingsService findings;
    private final boolean scorer;
    private AssessmentSheet sheet;
    private String title = "考核评分";

    AssessmentEditorView(AssessmentService service, AssessmentWorkflowService workflow,
                         AssessmentCorrectionService corrections, SubmissionService submissions,
                         SchemeService schemes, FindingsService findings, CurrentUser currentUser) {
        this.service = service;
        this.workflow = workflow;
        this.corrections = corrections;
        this.submissions = submissions;
        this.schemes = schemes;
        this.findings = findings;
        this.scorer = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ASSESSOR);
        setSizeFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        submit.addClickListener(e -> submit());
        returnToDraft.addClickListener(e -> returnToDraft());
        correct.addClickListener(e -> startCorrection());
        saveCorrection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveCorrection.addClickListener(e -> saveCorrection());
        createScheme.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createScheme.addClickListener(e -> run(() -> {
            schemes.createForYear(sheet.year());
            Notifications.success("已建立" + sheet.year() + "年度考核方案");
        }));
        correctionReason.setWidthFull();
        status.getElement().getThemeList().add("badge");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long period = event.getRouteParameters().getLong("period").orElse(-1L);
        long unit = event.getRouteParameters().getLong("unit").orElse(-1L);
        show(period, unit);
    }

    private void show(long periodId, long unitId) {
        removeAll();
        sheet = service.sheet(PeriodId.of(periodId), UnitId.of(unitId)).orElse(null);
        if (sheet == null) {
            title = "考核不存在";
            add(new ViewHeader("考核不存在"), new Span("未找到该单位或报送期。"));
            return;
        }
        title = sheet.unitName() + " · " + sheet.periodName() + " · 考核评分";
        status.setText(sheet.status() == null ? "未评分" : sheet.status().label());
        add(new ViewHeader(sheet.unitName() + " · " + sheet.periodName(), status,
                AssessmentNavigation.listAnchor(PeriodId.of(periodId), "返回列表")));
        if (sheet.scheme() == null) {
            showNoScheme();
            return;
        }

        SubmissionReport text = sheet.submissionId() == null ? null
                : submissions.report(sheet.submissionId()).orElse(null);
        form = new ScoreFormPanel(sheet, ev -> report.scrollTo(ev.start(), ev.end()));
        report = new ReportPanel(text, text == null ? null : findings.reportFindings(unitId, periodId),
                hint -> form.attachEvidence(hint.evidence(text.details().id())), scorer && sheet.editable());
        VerticalLayout scored = new VerticalLayout(form);
        scored.setPadding(false);
        scored.getStyle().set("padding", "0 var(--lumo-space-m) var(--lumo-space-m) var(--lumo-space-s)");
        if (!sheet.revisions().isEmpty()) {
            scored.add(new H4("更正记录"), revisions());
        }
        // each pane scrolls on its own inside the viewport; the actions stay below the form, always in reach
        Scroller scroller = new Scroller(scored, Scroller.ScrollDirection.VERTICAL);
        scroller.addClassName("score-scroll");
        scroller.setMinHeight("0");
        VerticalLayout right = new VerticalLayout(scroller, actions());
        right.setPadding(false);
        right.setSpacing(false);
        right.setHeightFull();
        right.setFlexGrow(1, scroller);
        right.addClassName("score-pane");
        SplitLayout split = new SplitLayout(report, right);
        split.setWidthFull();
        split.setMinHeight("0");
        split.setSplitterPosition(50);
        add(split);
        setFlexGrow(1, split);
        form.setReadOnly(!scorer || !sheet.editable());
    }

    /** The year has no scheme yet: say so; who may create one gets the explicit action (opening creates nothing). */
    private void showNoScheme() {
        add(new Span(sheet.year() + "年度尚无考核方案，暂不能评分。"
                + (scorer ? "建立后沿用最近一年的方案，可在“考核方案”中修改。" : "请考核人员建立后再查看。")));
        createScheme.setText("建立" + sheet.year() + "年度考核方案");
        createScheme.setVisible(scorer);
        add(createScheme);
    }

    private VerticalLayout actions() {
        AssessmentStatus s = sheet.status();
        save.setVisible(scorer && sheet.editable());
        submit.setVisible(scorer && (s == null || s == AssessmentStatus.DRAFT));
        returnToDraft.setVisible(s == AssessmentStatus.REVIEW);
        correct.setVisible(scorer && s == AssessmentStatus.PUBLISHED);
        correctionReason.setVisible(false);
        saveCorrection.setVisible(false);
        HorizontalLayout actions = new HorizontalLayout(save, submit, returnToDraft, correct);
        // the live total and what still blocks saving stay in sight next to the buttons, wherever the form is scrolled
        VerticalLayout bar = new VerticalLayout(form.total, form.problems, actions, correctionReason, saveCorrection);
        bar.setSpacing(false);
        bar.setPadding(false);
        bar.addClassName("score-actions");
        return bar;
    }

    private Grid<RevisionRow> revisions() {
        Grid<RevisionRow> grid = new Grid<>(RevisionRow.class, false);
        grid.addColumn(r -> Formats.dateTime(r.revisedAt())).setHeader("时间").setAutoWidth(true);
        grid.addColumn(RevisionRow::revisedBy).setHeader("更正人").setAutoWidth(true);
        grid.addColumn(RevisionRow::reason).setHeader("理由").setFlexGrow(2);
        grid.addColumn(r -> Points.format(r.totalBefore()) + "（" + r.gradeBefore().label() + "）→ "
                + Points.format(r.totalAfter()) + "（" + r.gradeAfter().label() + "）").setHeader("总分与等次").setAutoWidth(true);
        grid.addColumn(RevisionRow::changes).setHeader("修改内容").setFlexGrow(3);
        grid.setItems(sheet.revisions());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void save() {
        run(() -> {
            SavedAssessment saved = service.save(form.form());
            Notifications.success("已保存：总分 " + Points.format(saved.total())
                    + (saved.grade() == null ? "" : "，" + saved.grade().label()));
        });
    }

    private void submit() {
        run(() -> {
            workflow.saveAndSubmit(form.form());
            Notifications.success("已提交审核");
        });
    }

    private void returnToDraft() {
        run(() -> {
            workflow.returnToDraft(sheet.form().id(), sheet.form().version());
            Notifications.success("已退回草稿");
        });
    }

    private void startCorrection() {
        form.setReadOnly(false);
        correct.setVisible(false);
        correctionReason.setVisible(true);
        saveCorrection.setVisible(true);
    }

    private void saveCorrection() {
        run(() -> {
            var correction = corrections.correct(form.form(), correctionReason.getValue());
            SavedAssessment saved = correction.saved();
            Notifications.success("已更正：总分 " + Points.format(saved.total()) + "，" + saved.grade().label());
            // a correction is not refused for the quota (the result is already public), but the committee must know
            if (correction.quotaExceeded()) {
                Notifications.error("注意：更正后本期优秀等次已超出名额，请核对");
            }
        });
    }

    /** Runs a change and reloads the page's data; a refused change keeps the user's entries on screen. */
    private void run(Runnable change) {
        change.run();
        show(sheet.periodId(), sheet.unitId());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
