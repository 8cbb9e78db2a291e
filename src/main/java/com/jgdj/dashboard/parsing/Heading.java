package com.jgdj.dashboard.parsing;

/**
 * A numbered heading. {@code text} is marker + title (e.g. "（一）始终坚持和加强党的全面领导") and equals
 * {@code ParsedReport.text().substring(start, end)}; a run-in heading ends before the 。 that closes its title.
 */
public record Heading(int level, String marker, int ordinal, String title, String text, int line, boolean runIn,
                      int start, int end) {
}
