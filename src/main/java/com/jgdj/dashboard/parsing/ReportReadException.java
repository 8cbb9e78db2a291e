package com.jgdj.dashboard.parsing;

/** A submitted file that cannot be accepted; {@link #userMessage()} is shown to the user, the detail is for the log. */
public final class ReportReadException extends Exception {

    private final String userMessage;

    public ReportReadException(String userMessage, String detail) {
        this(userMessage, detail, null);
    }

    public ReportReadException(String userMessage, String detail, Throwable cause) {
        super(detail, cause);
        this.userMessage = userMessage;
    }

    public String userMessage() {
        return userMessage;
    }

    public String detail() {
        return getMessage();
    }
}
