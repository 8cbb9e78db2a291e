package com.jgdj.dashboard.parsing;

/**
 * A quality finding. {@code evidence} is text.substring(start, end) of the parsed text, or null with
 * start = end = -1 when the finding is about something absent (a missing part, a short report).
 */
public record Flag(Code code, String message, String evidence, int start, int end) {

    public enum Code {
        PLACEHOLDER("未填写的模板内容"),
        WEB_JUNK("网页模板残留"),
        YEAR_MISMATCH("年份不符"),
        NUMBERING("序号错误"),
        MISSING_PROBLEMS("缺少问题部分"),
        MISSING_PLANS("缺少工作打算"),
        TOO_SHORT("篇幅过短"),
        TRUNCATED("内容不完整");

        private final String label;

        Code(String label) {
            this.label = label;
        }

        /** The kind of finding in a few Chinese words (a filter's choice). */
        public String label() {
            return label;
        }
    }

    static Flag absent(Code code, String message) {
        return new Flag(code, message, null, -1, -1);
    }

    static Flag at(Code code, String message, String text, int start, int end) {
        return new Flag(code, message, text.substring(start, end), start, end);
    }
}
