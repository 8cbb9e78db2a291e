package com.jgdj.dashboard.findings;

/** A paragraph of a report: its text and where it stands, [{@code start}, {@code end}) of the report's text. */
public record Passage(String text, int start, int end) {
}
