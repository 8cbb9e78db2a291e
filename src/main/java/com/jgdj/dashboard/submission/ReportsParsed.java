package com.jgdj.dashboard.submission;

import java.util.List;

/**
 * Published by {@link ParsedReportStore} inside the storing transaction once the parts, counts and flags of these
 * submissions are written, so that features deriving stored findings from them can follow.
 */
public record ReportsParsed(List<Long> submissionIds) {
}
