package com.jgdj.dashboard.base;

/**
 * Text for a spreadsheet cell that Excel or another spreadsheet never takes for a formula: a value that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (formula injection, e.g. a unit named
 * {@code =HYPERLINK(...)}) gets a leading apostrophe, so it shows as the text it is. Every string an Excel export
 * writes goes through here.
 */
public final class ExcelText {

    private ExcelText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
