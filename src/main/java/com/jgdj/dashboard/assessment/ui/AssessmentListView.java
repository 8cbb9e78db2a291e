package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.assessment.AssessmentFilter;
import com.jgdj.dashboard.assessment.AssessmentRow;
import com.jgdj.dashboard.assessment.AssessmentService;
import com.jgdj.dashboard.assessment.AssessmentStatus;
import com.jgdj.dashboard.assessment.AssessmentWorkflowService;
import com.jgdj.dashboard.assessment.PeriodProgress;
import com.jgdj.dashboard.assessment.Points;
import com.jgdj.dashboard.assessment.QuotaExceededException;
import com.jgdj.dashboard.base.ui.Notifications;
import com.jgdj.dashboard.base.ui.ViewHeader;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.PeriodStatus;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.function.ToIntFunction;

/** 考核评分: a period's units with status, score and grade; the period's review, approval and publication. */
@Route(AssessmentNavigation.LIST_ROUTE)
@PageTitle("考核评分")
@Menu(order = 40, icon = "vaadin:clipboard-check", title = "考核评分")
@RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.LEADER_NAME})
class AssessmentListView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<PeriodRow> periodFilter = new ComboBox<>();
    final TextField nameFilter = new TextField();
    final ComboBox<AssessmentStatus> statusFilter = new ComboBox<>();
    final Grid<AssessmentRow> grid = new Grid<>(AssessmentRow.class, false);
    final Span progress = new Span();
    final Button approve = new Button("审定");
    final Button revoke = new Button("撤销审定");
    final Button publish = new Button("通报");

    private final AssessmentService service;
    private final AssessmentWorkflowService workflow;
    private final List<PeriodRow> periods;
    private final boolean mayDecide;

    AssessmentListView(AssessmentService service, AssessmentWorkflowService workflow,
                       ReportingPeriodService periodService, CurrentUser currentUser) {
        this.service = service;
        this.workflow = workflow;
        this.periods = periodService.list();
        this.mayDecide = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.LEADER);
        setSizeFull();
        approve.setVisible(mayDecide);
        revoke.setVisible(mayDecide);
        publish.setVisible(mayDecide);
        approve.addClickListener(e -> confirm(PeriodConfirmDialog.Action.APPROVE, workflow::approve, "已审定"));
        revoke.addClickListener(e -> confirm(PeriodConfirmDialog.Action.REVOKE, workflow::revokeApproval, "已撤销审定"));
        publish.addClickListener(e -> confirm(PeriodConfirmDialog.Action.PUBLISH, workflow::publish, "已通报"));
        add(new ViewHeader("考核评分", approve, revoke, publish));

        periodFilter.setItems(periods);
        periodFilter.setItemLabelGenerator(PeriodRow::name);
        periodFilter.addValueChangeListener(e -> refresh());
        nameFilter.setPlaceholder("单位名称");
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.addValueChangeListener(e -> refresh());
        statusFilter.setPlaceholder("全部状态");
        statusFilter.setItems(AssessmentStatus.values());
        statusFilter.setItemLabelGenerator(AssessmentStatus::label);
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(periodFilter, nameFilter, statusFilter, progress);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.addColumn(AssessmentRow::unitName).setHeader("单位").setFlexGrow(3);
        grid.addColumn(AssessmentRow::categoryName).setHeader("类别").setAutoWidth(true);
        grid.addColumn(r -> r.submissionId() == null ? "未报送" : Boolean.TRUE.equals(r.late()) ? "逾期" : "按时")
                .setHeader("报送情况").setAutoWidth(true);
        grid.addColumn(r -> r.status() == null ? "未评分" : r.status().label()).setHeader("状态").setAutoWidth(true);
        grid.addColumn(r -> r.assessmentId() == null ? "" : Points.format(r.total())).setHeader("总分").setAutoWidth(true);
        grid.addColumn(r -> r.grade() == null ? "" : r.grade().label()).setHeader("等次").setAutoWidth(true);
        grid.addColumn(r -> r.selfScore() == null ? "" : Points.format(r.selfScore())).setHeader("自评").setAutoWidth(true);
        grid.addColumn(r -> r.gradedBy() == null ? "" : r.gradedBy()).setHeader("评分人").setAutoWidth(true);
        grid.addItemClickListener(e -> AssessmentNavigation.toAssessment(PeriodId.of(periodFilter.getValue().id()), UnitId.of(e.getItem().unitId())));
        grid.setSizeFull();
        grid.setItems(q -> filter() == null ? java.util.stream.Stream.empty()
                        : service.list(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> filter() == null ? 0 : (int) service.count(filter()));
        add(grid);
    }

    AssessmentFilter filter() {
        PeriodRow period = periodFilter.getValue();
        return period == null ? null : new AssessmentFilter(period.id(), nameFilter.getValue(), statusFilter.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long wanted = UrlParams.longParam(event.getLocation().getQueryParameters().getParameters(), UrlParams.PERIOD)
                .orElse(null);
        PeriodRow period = periods.stream().filter(p -> wanted != null && p.id() == wanted).findFirst()
                // by default the newest period that is closed for reporting: the one being assessed
                .or(() -> periods.stream().filter(p -> p.status() == PeriodStatus.CLOSED).findFirst())
                .or(() -> periods.stream().findFirst()).orElse(null);
        periodFilter.setValue(period);
    }

    /** A whole-period action happens only after the dialog that states what it will do is confirmed. */
    private void confirm(PeriodConfirmDialog.Action kind, ToIntFunction<Long> action, String done) {
        PeriodRow period = periodFilter.getValue();
        if (period != null) {
            new PeriodConfirmDialog(kind, period.name(), workflow.review(period.id()),
                    () -> periodAction(action, done)).open();
        }
    }

    private void periodAction(ToIntFunction<Long> action, String done) {
        PeriodRow period = periodFilter.getValue();
        if (period == null) {
            return;
        }
        try {
            int n = action.applyAsInt(period.id());
            Notifications.success(period.name() + "：" + n + "个单位" + done);
        } catch (QuotaExceededException e) {
            // the committee decides which units give up 优秀; any other refusal goes to the app's error handler
            new QuotaDialog(e, workflow, mayDecide, this::refresh).open();
        } finally {
            refresh();
        }
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        PeriodRow period = periodFilter.getValue();
        if (period == null) {
            progress.setText("");
            return;
        }
        PeriodProgress p = workflow.progress(period.id());
        progress.setText("共" + p.units() + "个单位：未评分 " + p.notStarted() + "，草稿 " + p.draft() + "，待审核 "
                + p.review() + "，已审定 " + p.approved() + "，已通报 " + p.published());
        AssessmentStatus overall = p.overall();
        approve.setEnabled(overall == AssessmentStatus.REVIEW);
        revoke.setEnabled(overall == AssessmentStatus.APPROVED);
        publish.setEnabled(overall == AssessmentStatus.APPROVED);
    }
}
