package com.jgdj.dashboard.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Date fields speak Chinese and read the ways people here write a date. */
class DateEntryIT extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-08-20", "2024/8/20", "2024年8月20日", "2024-8-20"})
    void the_deadline_field_reads_chinese_ways_of_writing_a_date(String typed) {
        signIn("admin");
        open("/periods");
        button("新增报送期").click();
        Locator field = page.locator("vaadin-dialog vaadin-date-picker input");
        field.fill(typed);
        field.press("Enter");
        settle();
        assertEquals("2024-08-20", field.inputValue());
        assertThat(page.locator("vaadin-dialog vaadin-date-picker")).not().hasAttribute("invalid", "");
        shot("typed");
        button("取消").click();
    }

    @Test
    void the_calendar_is_chinese_and_a_bad_date_is_refused_in_chinese() {
        signIn("admin");
        open("/periods");
        button("新增报送期").click();
        Locator picker = page.locator("vaadin-dialog vaadin-date-picker");
        picker.locator("input").fill("2024-08-20");
        picker.locator("input").press("Enter");
        picker.locator("[part~=toggle-button]").click();
        Locator august = page.locator("vaadin-month-calendar").filter(
                new Locator.FilterOptions().setHas(page.locator("[part~=month-header]", new Page.LocatorOptions().setHasText("2024年8月"))));
        assertThat(august.locator("[part~=month-header]")).hasText("2024年8月");
        assertEquals(List.of("一", "二", "三", "四", "五", "六", "日"), august.locator("[part~=weekday]")
                .allInnerTexts().stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
        assertThat(button("今天")).isVisible();
        shot("calendar");
        page.keyboard().press("Escape");
        picker.locator("input").fill("20.8.2024x");
        picker.locator("input").press("Enter");
        settle();
        assertThat(picker).hasAttribute("invalid", "");
        assertThat(picker.locator("[slot=error-message]")).hasText("无法识别的日期，请按 2024-08-20 的格式输入");
        shot("refused");
    }

    /** Records an interview on the first unit of the 约谈名单 the page opens with (no other test reads interviews). */
    @Test
    void an_interview_date_typed_the_chinese_way_is_saved() {
        signIn("assessor");
        open("/interviews");
        Locator firstRank = page.locator("vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^\\d+/\\d+$"))).first();
        firstRank.click();
        Locator dialog = page.locator("vaadin-dialog");
        assertThat(dialog.getByRole(AriaRole.HEADING)).containsText("双约谈：");
        Locator date = dialog.locator("vaadin-date-picker input");
        date.fill("2024年8月20日");
        date.press("Enter");
        assertEquals("2024-08-20", date.inputValue());
        shot("typed");
        dialog.locator("vaadin-button", new Locator.LocatorOptions().setHasText("保存")).click();
        settle();
        assertThat(page.locator("vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("2024年8月20日"))).hasCount(1);
        shot("saved");
    }
}
