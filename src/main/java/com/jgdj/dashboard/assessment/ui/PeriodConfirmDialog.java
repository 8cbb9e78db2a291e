package com.jgdj.dashboard.assessment.ui;

import com.jgdj.dashboard.assessment.PeriodProgress;
import com.jgdj.dashboard.assessment.PeriodReview;
import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.assessment.grading.QuotaGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import java.math.BigDecimal;

/**
 * Asks before 审定, 撤销审定 or 通报 of a whole period and says what will happen: how many units are graded, not yet
 * graded or in review, the 优秀 quota, the grades to be published. A refused action cannot be confirmed; the
 * service refuses it as well.
 */
class PeriodConfirmDialog extends Dialog {

    enum Action {
        APPROVE("审定"), REVOKE("撤销审定"), PUBLISH("通报");

        private final String label;

        Action(String label) {
            this.label = label;
        }
    }

    final Paragraph progress = new Paragraph();
    final Paragraph refusal = new Paragraph();
    final Button confirm;
    final Button cancel = new Button("取消", e -> close());

    PeriodConfirmDialog(Action action, String periodName, PeriodReview review, Runnable onConfirm) {
        setHeaderTitle(action.label + " " + periodName);
        setWidth("40em");
        addClassName("period-confirm");
        PeriodProgress p = review.progress();
        progress.setText("本期共 " + p.units() + " 个单位：未评分 " + p.notStarted() + "，草稿 " + p.draft() + "，待审核 "
                + p.review() + "，已审定 " + p.approved() + "，已通报 " + p.published() + "。");
        add(progress);
        String refused = switch (action) {
            case APPROVE -> review.approvalRefusal();
            case PUBLISH -> review.publicationRefusal();
            case REVOKE -> p.approved() == p.units() - p.notStarted() && p.approved() > 0 ? null
                    : "只有全部考核结果都是“已审定”时才能撤销审定";
        };
        refusal.setVisible(refused != null);
        refusal.setText(refused == null ? "" : "不能" + action.label + "：" + refused);
        refusal.addClassName("period-refusal");
        add(refusal);
        switch (action) {
            case APPROVE -> approval(review);
            case PUBLISH -> add(new Paragraph("将通报 " + (p.units() - p.notStarted()) + " 个单位的考核结果：优秀 "
                    + review.count(Grade.EXCELLENT) + "，良好 " + review.count(Grade.GOOD) + "，一般 "
                    + review.count(Grade.FAIR) + "，较差 " + review.count(Grade.POOR) + "。通报后单位联络员可以看到本单位的结果，"
                    + "结果只能通过“更正”修改并留下更正记录。"));
            case REVOKE -> add(new Paragraph(p.approved() + " 个单位的考核结果将回到“待审核”，可以退回草稿修改。"));
        }
        confirm = new Button("确认" + action.label, e -> {
            close();
            onConfirm.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(refused == null);
        getFooter().add(cancel, confirm);
    }

    private void approval(PeriodReview review) {
        if (review.quota() != null) {
            String share = review.quota().share().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
            for (QuotaGroup g : review.check().groups()) {
                add(new Paragraph("优秀名额（" + g.name() + "）：" + g.units() + " 个单位 × " + share + "% = " + g.allowed()
                        + " 个（" + review.quota().rounding().label() + "）；分数达到优秀的 " + g.candidates().size() + " 个"
                        + (g.exceeded() ? "，超出名额：确认后请对并列或超出名额的单位作出决定。" : "。")));
            }
        }
        add(new Paragraph("审定后各单位的考核结果不能再修改；通报前可以撤销审定。"));
    }
}
