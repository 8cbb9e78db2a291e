package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.assessment.AssessmentWorkflowService;
import com.jgdj.dashboard.assessment.Points;
import com.jgdj.dashboard.assessment.QuotaExceededException;
import com.jgdj.dashboard.assessment.grading.QuotaCandidate;
import com.jgdj.dashboard.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import java.util.HashSet;
import java.util.Set;

/** Approval refused for the quota: the candidates by score, the tie marked, and the decision per candidate. */
class QuotaDialog extends Dialog {

    final Grid<QuotaCandidate> grid = new Grid<>(QuotaCandidate.class, false);
    private final Set<Long> downgraded = new HashSet<>();

    QuotaDialog(QuotaExceededException refused, AssessmentWorkflowService workflow, boolean mayDecide,
                Runnable afterDecision) {
        setHeaderTitle("优秀等次超出名额");
        setWidth("52em");
        add(new Paragraph(refused.getMessage()));
        grid.addColumn(c -> c.group()).setHeader("名额范围").setAutoWidth(true);
        grid.addColumn(c -> c.rank()).setHeader("名次").setAutoWidth(true);
        grid.addColumn(QuotaCandidate::unitName).setHeader("单位").setFlexGrow(2);
        grid.addColumn(c -> Points.format(c.total())).setHeader("总分").setAutoWidth(true);
        grid.addColumn(c -> c.position().label()).setHeader("情况").setAutoWidth(true)
                .setPartNameGenerator(c -> c.position() == QuotaCandidate.Position.TIE ? "tie" : null);
        if (mayDecide) {
            grid.addComponentColumn(c -> {
                Button button = new Button("调整为良好");
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                button.setEnabled(c.position() != QuotaCandidate.Position.WITHIN && !downgraded.contains(c.assessmentId()));
                button.addClickListener(e -> {
                    workflow.decideQuota(c.assessmentId(), true);
                    downgraded.add(c.assessmentId());
                    button.setEnabled(false);
                    Notifications.success(c.unitName() + " 已调整为良好");
                    afterDecision.run();
                });
                return button;
            }).setHeader("决定").setKey("decision").setAutoWidth(true);
        }
        grid.setItems(refused.check().candidatesOfExceededGroups());
        grid.setAllRowsVisible(true);
        add(grid);
        getFooter().add(new Button("关闭", e -> close()));
    }
}
