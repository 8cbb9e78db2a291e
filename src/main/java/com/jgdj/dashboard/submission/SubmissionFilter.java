package com.jgdj.dashboard.submission;

/** Filter of the submission list; null fields do not filter. Only latest versions are listed. */
public record SubmissionFilter(Long periodId, Long unitId, SubmissionStatus status) {

    public static final SubmissionFilter NONE = new SubmissionFilter(null, null, null);
}
