package com.jgdj.dashboard.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;
import java.util.Locale;

/**
 * Every date field of the product: a Chinese calendar (月份、星期, week starting on Monday), shown as 2024-08-20 and
 * accepting what people type here: 2024-08-20, 2024-8-20, 2024/8/20 and 2024年8月20日.
 */
public final class DatePickers {

    /** The shown format first, then the other formats that are read. */
    public static final List<String> FORMATS = List.of("yyyy-MM-dd", "yyyy/M/d", "yyyy年M月d日", "yyyy-M-d",
            "yyyy.M.d");

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.SIMPLIFIED_CHINESE);
        picker.setI18n(chinese());
        picker.setPlaceholder("如 2024-08-20");
        // the calendar's month title in Chinese order (2024年8月); Flow's i18n has no setter for it
        picker.getElement().executeJs("""
                customElements.whenDefined('vaadin-date-picker').then(() => {
                  const chineseTitle = (month, year) => year + '年' + month;
                  this.i18n = {...this.i18n, formatTitle: chineseTitle};
                })""");
        return picker;
    }

    static DatePicker.DatePickerI18n chinese() {
        return new DatePicker.DatePickerI18n()
                .setDateFormats(FORMATS.getFirst(), FORMATS.subList(1, FORMATS.size()).toArray(String[]::new))
                .setMonthNames(List.of("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月",
                        "12月"))
                .setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"))
                .setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"))
                .setFirstDayOfWeek(1)
                .setToday("今天")
                .setCancel("取消")
                .setBadInputErrorMessage("无法识别的日期，请按 2024-08-20 的格式输入")
                .setRequiredErrorMessage("请输入日期")
                .setMinErrorMessage("日期过早")
                .setMaxErrorMessage("日期过晚");
    }
}
