package com.jgdj.dashboard.submission.ui;

import com.jgdj.dashboard.FixedClock;
import com.jgdj.dashboard.KaribuTest;
import com.jgdj.dashboard.security.Role;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A liaison's home is its unit page, whose 报送任务 says what is due on 2026-12-01: the open 2026年度, its deadline
 * in China time, and where the unit's report stands.
 */
@Import(FixedClock.class)
class SubmissionTaskSectionTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    long finance;
    long annual;

    @BeforeEach
    void units() {
        long economy = data.category("经济部门", 2);
        finance = data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        data.period(2026, "H1", LocalDate.of(2026, 7, 10), "OPEN");
        annual = data.period(2026, "ANNUAL", LocalDate.of(2027, 1, 15), "OPEN");
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static List<String> card() {
        SubmissionTaskSection.TaskCard card = _get(SubmissionTaskSection.TaskCard.class);
        return List.of(card.period.getText(), card.deadline.getText(), card.status.getText(), card.detail.getText());
    }

    @Test
    void a_reporter_lands_on_its_unit_page_with_what_is_due_and_a_button_to_upload() {
        login(Role.REPORTER, finance);
        open("");
        assertEquals("units/" + finance, path());
        assertEquals(List.of("2026年度（报送中）", "报送截止：2027年1月15日 24:00（北京时间），还剩 45 天", "未报送",
                "本单位尚未报送本期工作汇报"), card());

        _click(_get(SubmissionTaskSection.TaskCard.class).upload);
        assertEquals("upload?period=" + annual, path());
        assertEquals(annual, _get(SubmissionUploadView.class).period.getValue().id());
    }

    @Test
    void the_card_follows_the_report_through_submitted_returned_and_accepted() {
        long id = data.submission(finance, annual, "工作汇报", "汇报.txt", false, "SUBMITTED");
        login(Role.REPORTER, finance);
        open("units/" + finance);
        assertEquals(List.of("2026年度（报送中）", "报送截止：2027年1月15日 24:00（北京时间），还剩 45 天", "已报送",
                "第1版，2023-07-05 09:30，无质量提示，等待考核人员审核"), card());
        assertTrue(_get(SubmissionTaskSection.TaskCard.class).upload.isVisible());

        jdbc.sql("update submission set status = 'RETURNED', status_reason = '请补充问题部分', flag_count = 2 where id = ?")
                .param(id).update();
        open("units/" + finance);
        assertEquals("退回修改", card().get(2));
        assertEquals("第1版，2023-07-05 09:30；退回原因：请补充问题部分。请修改后重新上传", card().get(3));

        jdbc.sql("update submission set status = 'ACCEPTED', status_reason = null where id = ?").param(id).update();
        open("units/" + finance);
        assertEquals(List.of("已接收", "第1版，2023-07-05 09:30，2项质量提示；如需更换，请联系考核人员退回"),
                card().subList(2, 4));
        // an accepted report is replaced only after an assessor returns it
        assertFalse(_get(SubmissionTaskSection.TaskCard.class).upload.isVisible());
        login(Role.ASSESSOR);
        open("units/" + finance);
        assertTrue(_get(SubmissionTaskSection.TaskCard.class).upload.isVisible());
    }

    @Test
    void everybody_else_keeps_the_city_overview_as_home() {
        login(Role.LEADER);
        open("");
        assertEquals("", path());
        login(Role.ADMIN);
        open("");
        assertEquals("", path());
    }

    @Test
    void without_an_open_period_the_card_says_so() {
        jdbc.sql("update reporting_period set status = 'CLOSED' where id = ?").param(annual).update();
        login(Role.REPORTER, finance);
        open("");
        assertEquals("当前没有报送中的报送期。", _get(SubmissionTaskSection.TaskCard.class).period.getText());
    }
}
