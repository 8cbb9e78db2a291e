package com.jgdj.dashboard.submission;

import java.util.List;

/**
 * A feature that finds things in a report and lets the reader mark them; implemented by features above this one (the
 * count rules), so the reader needs no dependency on them. Implementations apply the signed-in user's scope.
 */
public interface ReportFindingSource {

    List<ReportFinding> findings(long submissionId);
}
