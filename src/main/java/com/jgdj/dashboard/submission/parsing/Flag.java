package com.jgdj.dashboard.submission.parsing;

/**
 * A quality finding. {@code evidence} is text.substring(start, end) of the parsed text, or null with
 * start = end = -1 when the finding is about something absent (a missing part, a short report).
 */
public record Flag(Code code, String message, String evidence, int start, int end) {

    public enum Code {
        PLACEHOLDER, WEB_JUNK, YEAR_MISMATCH, NUMBERING, MISSING_PROBLEMS, MISSING_PLANS, TOO_SHORT, TRUNCATED
    }

    static Flag absent(Code code, String message) {
        return new Flag(code, message, null, -1, -1);
    }

    static Flag at(Code code, String message, String text, int start, int end) {
        return new Flag(code, message, text.substring(start, end), start, end);
    }
}
