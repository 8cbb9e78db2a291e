package com.jgdj.dashboard.unitpage;

import com.jgdj.dashboard.base.db.SingleStatementRead;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.ranking.InterviewService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.security.UnitScope;
import com.jgdj.dashboard.submission.SubmissionReport;
import com.jgdj.dashboard.submission.SubmissionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The unit page: one unit in one period, with its history and its place among the city's units. */
@Service
@PreAuthorize("isAuthenticated()")
public class UnitProfileService {

    private final UnitProfileQuery query;
    private final SubmissionService submissions;
    private final InterviewService interviews;
    private final CurrentUser currentUser;

    UnitProfileService(UnitProfileQuery query, SubmissionService submissions, InterviewService interviews,
                       CurrentUser currentUser) {
        this.query = query;
        this.submissions = submissions;
        this.interviews = interviews;
        this.currentUser = currentUser;
    }

    /**
     * The unit page for {@code periodId}, or when that is null or unknown for the latest period in which the unit
     * reported or was graded (else the latest period). Empty when the unit does not exist or the signed-in user may
     * not see it. Reporters see published results only.
     */
    @Transactional(readOnly = true)
    public Optional<UnitProfile> profile(UnitId unit, PeriodId wanted, Long dimensionId) {
        long unitId = unit.value();
        Long periodId = wanted == null ? null : wanted.value();
        UnitScope scope = currentUser.scope();
        if (!scope.includes(unitId)) {
            return Optional.empty();
        }
        boolean publishedOnly = currentUser.hasRole(Role.REPORTER);
        List<UnitPeriodOption> periods = query.periods(unitId, publishedOnly);
        UnitPeriodOption period = periods.stream().filter(p -> periodId != null && p.id() == periodId).findFirst()
                .or(() -> periods.stream().filter(UnitPeriodOption::hasData).findFirst())
                .orElse(periods.isEmpty() ? null : periods.getFirst());
        UnitPeriodOption previous = period == null ? null
                : periods.stream().skip(periods.indexOf(period) + 1L).findFirst().orElse(null);
        Long selectedId = period == null ? null : period.id();
        Long previousId = previous == null ? null : previous.id();
        Optional<UnitPeriodFacts> facts = query.facts(unitId, selectedId, previousId, publishedOnly, scope);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        List<GradeHistoryRow> history = query.history(unitId, publishedOnly);
        if (period == null) {
            return Optional.of(new UnitProfile(periods, null, null, facts.get(), UnitInterviewStatus.NOT_LISTED,
                    history, List.of(), List.of(), null, null, List.of(), List.of()));
        }
        List<DimensionScoreRow> dimensions = query.dimensions(unitId, period.id(), previousId, publishedOnly);
        List<IndicatorCountRow> indicators = query.indicators(unitId, period.id(), previousId);
        Long submissionId = facts.get().submissionId();
        SubmissionReport report = submissionId == null ? null : submissions.report(submissionId).orElse(null);
        DimensionScoreRow dimension = dimensionId == null ? null
                : dimensions.stream().filter(d -> d.dimensionId() == dimensionId).findFirst().orElse(null);
        List<DimensionEvidenceRow> evidence = dimension == null ? List.of()
                : query.evidence(unitId, period.id(), dimension.dimensionId());
        UnitInterviewStatus interview = interviews.listed(period.id(), unitId)
                .map(r -> new UnitInterviewStatus(true, r.reason(), r.heldOn(), r.disqualified()))
                .orElse(UnitInterviewStatus.NOT_LISTED);
        return Optional.of(new UnitProfile(periods, period, previous, facts.get(), interview, history, dimensions,
                indicators, report, dimension, evidence, query.adjustments(unitId, period.id(), publishedOnly)));
    }

    /** A page of every version of every report of the unit, newest first (empty outside the user's scope). */
    @SingleStatementRead
    public List<UnitSubmissionRow> submissions(long unitId, int offset, int limit) {
        return query.submissions(unitId, currentUser.scope(), offset, limit);
    }

    @SingleStatementRead
    public long submissionCount(long unitId) {
        return query.submissionCount(unitId, currentUser.scope());
    }
}
