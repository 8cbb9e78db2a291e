package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.base.Formats;
import com.jgdj.dashboard.orgunit.ui.UnitPage;
import com.jgdj.dashboard.orgunit.ui.UnitPageContext;
import com.jgdj.dashboard.orgunit.ui.UnitPageSection;
import com.jgdj.dashboard.period.Deadlines;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.SubmissionService;
import com.jgdj.dashboard.submission.SubmissionStatus;
import com.jgdj.dashboard.submission.SubmissionVersionRow;
import com.jgdj.dashboard.submission.UnitPeriodTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * 报送任务, first on the unit page: what the unit has to submit now — the open period and its deadline (China
 * time), where the unit's report stands (not yet submitted, submitted, returned, accepted) — and a button to upload
 * for those who may. A 单位联络员 lands here (its home is its unit page).
 */
@org.springframework.stereotype.Component
@Order(-10)
class SubmissionTaskSection implements UnitPageSection {

    private final ReportingPeriodService periods;
    private final SubmissionService submissions;
    private final CurrentUser currentUser;
    private final Clock clock;

    SubmissionTaskSection(ReportingPeriodService periods, SubmissionService submissions, CurrentUser currentUser,
                          Clock clock) {
        this.periods = periods;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(UnitPageContext context, UnitPage page) {
        Optional<PeriodRow> open = periods.current();
        if (open.isEmpty()) {
            return Optional.of(new TaskCard(null, null, false, null));
        }
        PeriodRow period = open.get();
        return submissions.task(UnitId.of(context.unitId()), PeriodId.of(period.id()))
                .map(task -> new TaskCard(period, task, mayUpload(context.unitId(), task), Deadlines.today(clock)));
    }

    /** Committee staff may always collect a report; a unit's liaison until its report is accepted. */
    private boolean mayUpload(long unitId, UnitPeriodTask task) {
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ASSESSOR)) {
            return true;
        }
        return currentUser.hasRole(Role.REPORTER) && currentUser.scope().includes(unitId)
                && (task.latest() == null || task.latest().status() != SubmissionStatus.ACCEPTED);
    }

    /** The card; its parts are fields so tests can read them. */
    static final class TaskCard extends Div {

        final Span period = new Span();
        final Span deadline = new Span();
        final Span status = new Span();
        final Span detail = new Span();
        final Button upload = new Button("上传工作汇报", VaadinIcon.UPLOAD.create());

        TaskCard(PeriodRow open, UnitPeriodTask task, boolean mayUpload, LocalDate today) {
            setId("unit-task");
            addClassName("unit-card");
            add(new H3("报送任务"));
            if (open == null) {
                period.setText("当前没有报送中的报送期。");
                add(period);
                return;
            }
            period.setText(open.name() + "（" + open.phase().label() + "）");
            period.getStyle().set("font-weight", "600");
            long days = ChronoUnit.DAYS.between(today, open.deadline());
            deadline.setText("报送截止：" + Formats.date(open.deadline()) + " 24:00（北京时间）"
                    + (days == 0 ? "，今天截止" : "，还剩 " + days + " 天"));
            describe(task);
            Div lines = new Div(line(period), line(deadline), line(status, detail));
            add(lines);
            SubmissionVersionRow latest = task.latest();
            if (latest != null) {
                Anchor report = SubmissionNavigation.anchor(latest.id(), "查看本期报送的工作汇报（第" + latest.versionNo() + "版）");
                report.setId("unit-task-report");
                add(line(report));
            }
            upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            upload.setId("unit-task-upload");
            upload.setVisible(mayUpload);
            upload.addClickListener(e -> SubmissionNavigation.toUpload(PeriodId.of(open.id())));
            add(upload);
        }

        private void describe(UnitPeriodTask task) {
            SubmissionVersionRow latest = task.latest();
            status.setId("unit-task-status");
            if (latest == null) {
                status.setText("未报送");
                status.getElement().getThemeList().add("badge error");
                detail.setText("本单位尚未报送本期工作汇报" + (task.lateAllowed() ? "（已开放补报）" : ""));
                return;
            }
            String flags = latest.flagCount() == 0 ? "，无质量提示" : "，" + latest.flagCount() + "项质量提示";
            String version = "第" + latest.versionNo() + "版，" + Formats.dateTime(latest.submittedAt())
                    + (latest.late() ? "，逾期" : "");
            switch (latest.status()) {
                case SUBMITTED -> {
                    status.setText("已报送");
                    status.getElement().getThemeList().add("badge");
                    detail.setText(version + flags + "，等待考核人员审核");
                }
                case RETURNED -> {
                    status.setText("退回修改");
                    status.getElement().getThemeList().add("badge error");
                    detail.setText(version + "；退回原因：" + latest.statusReason() + "。请修改后重新上传");
                }
                case ACCEPTED -> {
                    status.setText("已接收");
                    status.getElement().getThemeList().add("badge success");
                    detail.setText(version + flags + "；如需更换，请联系考核人员退回");
                }
            }
        }

        private static Div line(Component... parts) {
            Div line = new Div(parts);
            line.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                    .set("margin-bottom", "var(--lumo-space-xs)");
            return line;
        }
    }
}
