package com.jgdj.dashboard.unitpage.ui;

import com.jgdj.dashboard.unitpage.DimensionScoreRow;
import com.jgdj.dashboard.unitpage.IndicatorCountRow;
import com.jgdj.dashboard.unitpage.UnitPeriodFacts;
import com.jgdj.dashboard.unitpage.UnitProfile;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What changed since the previous period: total, rank, grade, flags, each dimension and each count. */
class UnitChangesCard extends Div {

    private final List<String> lines = new ArrayList<>();

    UnitChangesCard(UnitProfile profile) {
        addClassName("unit-card");
        setId("unit-changes");
        if (profile.previousPeriod() == null) {
            add(new H3("与上期相比"), new Span("没有更早的报送期。"));
            return;
        }
        add(new H3("与上期（" + profile.previousPeriod().name() + "）相比"));
        UnitPeriodFacts f = profile.facts();
        lines.add("总分：" + Numbers.plain(f.previousTotal()) + " → " + Numbers.plain(f.total()) + delta(f.totalDelta()));
        lines.add("排名：" + rank(f.previousRank()) + " → " + rank(f.overallRank()) + rankChange(f.rankChange()));
        lines.add("等次：" + (f.previousGrade() == null ? "—" : f.previousGrade().label()) + " → "
                  + (f.grade() == null ? "—" : f.grade().label()));
        lines.add("问题标记：" + count(f.previousFlagCount()) + " → " + count(f.flagCount())
                  + delta(f.flagDelta() == null ? null : BigDecimal.valueOf(f.flagDelta())));
        for (DimensionScoreRow d : profile.dimensions()) {
            if (d.points() != null || d.previousPoints() != null) {
                lines.add(d.name() + "：" + Numbers.plain(d.previousPoints()) + " → " + Numbers.plain(d.points())
                          + delta(d.delta()));
            }
        }
        for (IndicatorCountRow r : profile.indicators()) {
            lines.add(r.label() + "：" + Numbers.plain(r.previousCount()) + " → " + Numbers.plain(r.count())
                      + (r.previousCount() == null ? "（新增）" : r.count() == null ? "（本期未提及）" : delta(r.delta())));
        }
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        add(list);
    }

    /** The lines as shown, for tests. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    private static String delta(BigDecimal delta) {
        return delta == null ? "" : "（" + Numbers.signed(delta) + "）";
    }

    private static String rank(Integer rank) {
        return rank == null ? "—" : "第" + rank + "名";
    }

    private static String rankChange(Integer change) {
        if (change == null) {
            return "";
        }
        return change > 0 ? "（上升" + change + "位）" : change < 0 ? "（下降" + (-change) + "位）" : "（持平）";
    }

    private static String count(Integer n) {
        return n == null ? "—" : n + "处";
    }
}
