package com.jgdj.dashboard.unitpage.ui;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.assessment.ui.GradeColors;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;

/** How the unit page writes numbers and grades. */
final class Numbers {

    private Numbers() {
    }

    static String plain(BigDecimal n) {
        return n == null ? "—" : n.stripTrailingZeros().toPlainString();
    }

    static String plain(Double n) {
        return n == null ? "—" : plain(BigDecimal.valueOf(n));
    }

    static String signed(BigDecimal n) {
        return n == null ? "" : (n.signum() > 0 ? "+" : "") + plain(n);
    }

    static Span gradeBadge(Grade grade) {
        Span badge = new Span(grade == null ? "未评定" : grade.label());
        badge.addClassName("grade-badge");
        badge.getStyle().set("background", GradeColors.of(grade));
        return badge;
    }
}
