package com.jgdj.dashboard.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import com.jgdj.dashboard.base.db.EmbeddedDatabase;
import com.jgdj.dashboard.base.db.OwnerCleanup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An assessor grades a unit in Chromium at 1366×768: both panes of the grading sheet scroll on their own, the
 * deduction row fits its pane, the evidence sentence is selected with the mouse in the report on the left, and the
 * sheet is saved and submitted for review.
 */
class GradingIT extends BrowserTest {

    /** The default scheme's dimensions in order, with the points this journey gives (86.5 in all). */
    private static final List<Map.Entry<String, String>> POINTS = List.of(
            Map.entry("政治建设（满分20）", "18"), Map.entry("思想建设与理论学习（满分15）", "13"),
            Map.entry("组织建设（满分20）", "17"), Map.entry("作风建设（满分10）", "9"),
            Map.entry("纪律建设与党风廉政（满分15）", "13"), Map.entry("意识形态工作（满分10）", "8.5"),
            Map.entry("党建与业务融合（满分10）", "8"));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedDatabase database;

    private Target target;

    record Target(long periodId, long unitId, long submissionId, String fullText) {
    }

    /**
     * The unit graded here: in the latest period with reports and no published results (the open period), the first
     * active unit by id that has a full report (not a short test upload) and no assessment, leaving out
     * 团市委机关党总支 (the upload journeys replace its report). No other test grades units, and the assessment is
     * removed afterwards.
     */
    private Target ungradedUnitWithReport() {
        return jdbc.sql("""
                select s.period_id, s.unit_id, s.id, s.full_text
                from submission s
                join reporting_period p on p.id = s.period_id
                join org_unit u on u.id = s.unit_id
                where s.latest and u.active and u.name <> '团市委机关党总支' and length(s.full_text) > 1000
                  and not exists (select 1 from assessment a where a.period_id = s.period_id and a.unit_id = s.unit_id)
                  and not exists (select 1 from assessment a where a.period_id = s.period_id and a.status = 'PUBLISHED')
                order by p.seq desc, u.id limit 1""")
                .query((rs, i) -> new Target(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .single();
    }

    @AfterEach
    void removeTheGrading() {
        if (target != null) {
            OwnerCleanup.run(database, owner -> owner.sql("""
                    delete from audit_log where entity_type = 'assessment'
                      and entity_id in (select id from assessment where period_id = ? and unit_id = ?)""")
                    .params(target.periodId(), target.unitId()).update());
            jdbc.sql("delete from assessment where period_id = ? and unit_id = ?")
                    .params(target.periodId(), target.unitId()).update();
        }
    }

    @Test
    void an_assessor_scores_a_unit_quotes_the_evidence_for_a_deduction_saves_and_submits() {
        target = ungradedUnitWithReport();
        Sentence quote = Sentence.in(target.fullText());
        signIn("assessor");
        open("/assessments/" + target.periodId() + "/" + target.unitId());
        assertThat(page.locator("vaadin-split-layout")).isVisible();
        shot("sheet");

        // the right-hand pane of the split: the scoring form and its actions
        Locator form = page.locator("vaadin-split-layout > *").nth(1);
        for (Map.Entry<String, String> p : POINTS) {
            Locator input = page.locator("vaadin-number-field").filter(new Locator.FilterOptions().setHasText(p.getKey()))
                    .locator("input");
            wheelUntilInView(form, input);
            input.click();
            input.fill(p.getValue());
            input.press("Tab");
        }
        settle();
        shot("scored");

        Locator add = button("添加加分/扣分");
        wheelUntilInView(form, add);
        add.click();
        settle();
        Locator row = page.locator("vaadin-combo-box[placeholder='加减分项']").locator("xpath=..");
        assertEquals(1, row.count());
        Locator item = row.locator("vaadin-combo-box input");
        item.click();
        item.fill("未查摆");
        page.locator("vaadin-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText("未查摆存在的问题")).click();
        settle();
        Locator reason = row.locator("vaadin-text-field input");
        reason.fill("问题查摆不深入，未列出具体问题");
        reason.press("Tab");
        settle();
        assertThat(row.locator("vaadin-number-field input")).hasValue("1");

        selectInReport(quote);
        shot("sentence-selected");
        button("引用所选原文作为依据").click();
        settle();
        Locator evidence = row.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("依据："));
        assertThat(evidence).isVisible();
        assertFits(row, form);
        shot("deduction");

        Locator self = page.locator("vaadin-number-field").filter(new Locator.FilterOptions().setHasText("自评得分"))
                .locator("input");
        wheelUntilInView(form, self);
        self.fill("88");
        self.press("Tab");
        Locator comment = page.locator("vaadin-text-area").filter(new Locator.FilterOptions().setHasText("评语"))
                .locator("textarea");
        wheelUntilInView(form, comment);
        comment.fill("材料完整，问题查摆不够深入。");
        comment.press("Tab");
        settle();
        assertThat(page.locator("#live-total"))
                .hasText("总分 85.5，拟定等次 良好（自评 88）  ＝ 指标 86.5 ＋ 加分 0 － 扣分 1");
        assertInViewport(button("保存"));
        assertInViewport(button("提交审核"));
        shot("ready");

        button("保存").click();
        settle();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("已保存：总分 85.5，良好");
        button("提交审核").click();
        settle();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("已提交审核")))
                .isVisible();
        assertThat(page.locator(".view-header [theme~=badge]")).hasText("待审核");
        shot("submitted");

        assertEquals(List.of("REVIEW|85.5|GOOD|88.0|材料完整，问题查摆不够深入。|assessor"), jdbc.sql("""
                select status || '|' || total || '|' || grade || '|' || self_score || '|' || comment || '|' || updated_by
                from assessment where period_id = ? and unit_id = ?""")
                .params(target.periodId(), target.unitId()).query(String.class).list());
        assertEquals(List.of("政治建设 18.0", "思想建设与理论学习 13.0", "组织建设 17.0", "作风建设 9.0",
                "纪律建设与党风廉政 13.0", "意识形态工作 8.5", "党建与业务融合 8.0"),
                jdbc.sql("""
                        select d.name || ' ' || s.points from assessment a
                        join assessment_score s on s.assessment_id = a.id
                        join scheme_dimension d on d.id = s.dimension_id
                        where a.period_id = ? and a.unit_id = ? order by d.sort_order""")
                        .params(target.periodId(), target.unitId()).query(String.class).list());
        assertEquals(List.of("未查摆存在的问题|1.0|问题查摆不深入，未列出具体问题|" + target.submissionId() + "|"
                        + quote.start() + "|" + quote.end() + "|" + quote.text() + "|SENTENCE"),
                jdbc.sql("""
                        select i.name || '|' || j.points || '|' || j.reason || '|' || j.evidence_submission_id || '|'
                               || j.evidence_start || '|' || j.evidence_end || '|' || j.evidence_text || '|' || j.evidence_kind
                        from assessment a join assessment_adjustment j on j.assessment_id = a.id
                        join scheme_item i on i.id = j.item_id
                        where a.period_id = ? and a.unit_id = ?""")
                        .params(target.periodId(), target.unitId()).query(String.class).list());
    }

    /** A sentence of the report to quote: the first one after the opening lines of 12–60 characters on one line. */
    record Sentence(int start, int end, String text) {

        static Sentence in(String fullText) {
            int from = Math.min(200, fullText.length() / 4);
            int start = fullText.indexOf('。', from) + 1;
            while (start > 0) {
                int end = fullText.indexOf('。', start) + 1;
                if (end <= 0) {
                    break;
                }
                String s = fullText.substring(start, end);
                int lead = s.length() - s.stripLeading().length();
                String text = s.strip();
                if (text.length() >= 12 && text.length() <= 60 && text.indexOf('\n') < 0) {
                    return new Sentence(start + lead, start + lead + text.length(), text);
                }
                start = end;
            }
            throw new IllegalStateException("no sentence to quote in the report");
        }
    }

    /** Selects the sentence with the mouse: scrolls the report with the wheel, then drags across the characters. */
    private void selectInReport(Sentence s) {
        Locator report = page.locator("#report-text");
        double[] first = charBox(s.start());
        for (int i = 0; i < 40 && !insideOf(first, report.boundingBox()); i++) {
            BoundingBox pane = report.boundingBox();
            page.mouse().move(pane.x + pane.width / 2, pane.y + Math.min(pane.height / 2, 200));
            page.mouse().wheel(0, first[1] > pane.y + pane.height / 2 ? 200 : -200);
            waitUntilMoved(first, s.start());
            first = charBox(s.start());
        }
        double[] last = charBox(s.end() - 1);
        page.mouse().move(first[0] + 1, (first[1] + first[3]) / 2);
        page.mouse().down();
        page.mouse().move(last[2] - 1, (last[1] + last[3]) / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        assertEquals(s.text(), page.evaluate("() => window.getSelection().toString()"));
    }

    private void waitUntilMoved(double[] before, int offset) {
        page.waitForFunction("([o, y]) => " + CHAR_BOX + "(o)[1] !== y", List.of(offset, before[1]));
    }

    private static final String CHAR_BOX = """
            (o => { for (const s of document.getElementById('report-text').querySelectorAll('[data-o]')) {
                      const start = +s.dataset.o, t = s.firstChild;
                      if (t && o >= start && o < start + t.length) {
                        const r = document.createRange(); r.setStart(t, o - start); r.setEnd(t, o - start + 1);
                        const b = r.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; } }
                    return null; })""";

    private double[] charBox(int offset) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) page.evaluate("o => " + CHAR_BOX + "(o)", offset);
        return box.stream().mapToDouble(Number::doubleValue).toArray();
    }

    private static boolean insideOf(double[] box, BoundingBox pane) {
        return box[1] >= pane.y && box[3] <= pane.y + pane.height && box[3] <= HEIGHT;
    }

    /** Scrolls {@code pane} with the mouse wheel, as a person does, until {@code target} is wholly on screen. */
    private void wheelUntilInView(Locator pane, Locator target) {
        for (int i = 0; i < 40 && !inViewport(target.boundingBox()); i++) {
            BoundingBox p = pane.boundingBox();
            double y = target.boundingBox().y;
            page.mouse().move(p.x + p.width / 2, p.y + Math.min(p.height, HEIGHT - p.y) / 2);
            page.mouse().wheel(0, y > HEIGHT / 2.0 ? 150 : -150);
            try {
                page.waitForFunction("([el, y]) => el.getBoundingClientRect().y !== y",
                        List.of(target.elementHandle(), y), new Page.WaitForFunctionOptions().setTimeout(5_000));
            } catch (PlaywrightException e) {
                fail("the mouse wheel does not scroll the pane to " + target + ": " + e.getMessage());
            }
        }
        assertInViewport(target);
    }

    private static boolean inViewport(BoundingBox b) {
        return b != null && b.y >= 0 && b.x >= 0 && b.y + b.height <= HEIGHT && b.x + b.width <= WIDTH;
    }

    private static void assertInViewport(Locator target) {
        BoundingBox b = target.boundingBox();
        assertTrue(inViewport(b), target + " lies outside the 1366×768 viewport: "
                + (b == null ? "not rendered" : b.x + "," + b.y + " " + b.width + "×" + b.height));
    }

    /** Every part of the deduction row lies inside the row, and the row inside the form pane. */
    private static void assertFits(Locator row, Locator pane) {
        BoundingBox r = row.boundingBox();
        BoundingBox p = pane.boundingBox();
        assertTrue(r.x >= p.x - 0.5 && r.x + r.width <= p.x + p.width + 0.5,
                "the deduction row (" + r.x + "+" + r.width + ") overflows its pane (" + p.x + "+" + p.width + ")");
        Locator parts = row.locator(":scope > *");
        for (int i = 0; i < parts.count(); i++) {
            BoundingBox b = parts.nth(i).boundingBox();
            if (b == null || b.width == 0) {
                continue;
            }
            assertTrue(b.x >= r.x - 0.5 && b.x + b.width <= r.x + r.width + 0.5,
                    "part " + i + " of the deduction row (" + b.x + "+" + b.width + ") overflows the row ("
                            + r.x + "+" + r.width + ")");
        }
        assertEquals(Boolean.TRUE, pane.evaluate("el => el.scrollWidth <= el.clientWidth"),
                "the form pane scrolls sideways");
    }
}
