package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.findings.FindingsFixture;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.submission.ParsedReportStore;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader marks a report's findings: the rule evidence and the passages it shares, each reachable from a list. */
class ReportFindingMarksTest extends KaribuTest {

    @Autowired
    ParsedReportStore store;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;

    private static String marked(SubmissionDetailsView view, String cssClass) {
        return String.join("", view.reader.marks().stream().filter(m -> m.substring(0, m.indexOf(':')).contains(cssClass))
                .map(m -> m.substring(m.indexOf(':') + 1)).toList());
    }

    @Test
    void the_rule_evidence_and_the_shared_passage_are_marked_with_a_legend_and_links_to_them() {
        FindingsFixture f = new FindingsFixture(data, store, indicators);
        long h1 = f.period(2046, "H1");
        long jia = f.report(f.unit("甲局"), h1, 2046, "H1", "一、主要工作\n召开中心组学习4次。\n组织<b>党员</b>开展志愿服务活动。\n");
        long yi = f.report(f.unit("乙局"), h1, 2046, "H1", "一、主要工作\n召开中心组学习6次。\n组织<b>党员</b>开展志愿服务活动。\n");
        String text = jdbc.sql("select full_text from submission where id = ?").param(jia).query(String.class).single();
        int shared = text.indexOf("组织<b>");
        long pair = jdbc.sql("""
                insert into similarity_pair (period_id, kind, submission_a, submission_b, score, longest_passage, computed_at)
                values (?, 'PEER', ?, ?, 0.4, 19, now()) returning id""").params(h1, jia, yi).query(Long.class).single();
        jdbc.sql("""
                insert into similarity_passage (pair_id, ordinal, a_start, b_start, a_length, b_length, text)
                values (?, 0, ?, ?, 19, 19, '组织<b>党员</b>开展志愿服务活动')""").params(pair, shared, shared).update();

        login(Role.ASSESSOR);
        open("submissions/" + jia);
        SubmissionDetailsView view = _get(SubmissionDetailsView.class);
        assertEquals("召开中心组学习4次", marked(view, "hl-rule"));
        assertEquals("组织<b>党员</b>开展志愿服务活动", marked(view, "hl-copy"));
        assertTrue(view.reader.rendersOnlyText());
        assertEquals(List.of("hl-rule 数字核对提示（1）", "hl-copy 疑似雷同段落（1）"),
                _get(Div.class, spec -> spec.withId("report-legend")).getChildren()
                        .map(c -> (com.vaadin.flow.component.html.Span) c).filter(c -> c.getClassName() != null)
                        .map(c -> c.getClassName() + " " + c.getText()).toList());
        List<Button> links = _find(Button.class, spec -> spec.withClasses("finding-link"));
        assertEquals(List.of("数字核对提示：中心组学习每半年不少于6次（全年12次）：中心组学习4次，少于应有的6次",
                "疑似雷同段落：与乙局共有（19字）"), links.stream().map(Button::getText).toList());
        _click(links.get(1));
        assertEquals(shared, view.reader.focusedOffset());
    }

    @Test
    void a_liaison_sees_its_rule_evidence_but_no_copy_marks() {
        FindingsFixture f = new FindingsFixture(data, store, indicators);
        long h1 = f.period(2047, "H1");
        long unit = f.unit("丁局");
        long jia = f.report(unit, h1, 2047, "H1", "一、主要工作\n召开中心组学习4次。\n");
        login(Role.REPORTER, unit);
        open("submissions/" + jia);
        SubmissionDetailsView view = _get(SubmissionDetailsView.class);
        assertEquals("召开中心组学习4次", marked(view, "hl-rule"));
        assertEquals("", marked(view, "hl-copy"));
    }
}
