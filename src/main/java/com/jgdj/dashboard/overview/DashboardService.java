package com.jgdj.dashboard.overview;

import com.jgdj.dashboard.assessment.AssessmentWorkflowService;
import com.jgdj.dashboard.assessment.grading.QuotaPlaces;
import com.jgdj.dashboard.findings.FindingCounts;
import com.jgdj.dashboard.findings.FindingsFilter;
import com.jgdj.dashboard.findings.FindingsService;
import com.jgdj.dashboard.security.CurrentUser;
import com.jgdj.dashboard.security.Role;
import com.jgdj.dashboard.security.UnitScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The overview dashboard: one round of read-model queries per filter change. The committee's view of all units or of
 * one category reads the per-period summaries ({@link DashboardSummaryQuery}); any other filter or user counts over
 * the units ({@link DashboardQuery}). Both give the same cards.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    static final int RANKING_BARS = 10;
    static final int HEATMAP_UNITS = 20;
    static final int INDICATOR_UNITS = 15;

    private final DashboardQuery query;
    private final DashboardSummaryQuery summary;
    private final CurrentUser currentUser;
    private final AssessmentWorkflowService assessments;
    private final FindingsService findings;

    DashboardService(DashboardQuery query, DashboardSummaryQuery summary, CurrentUser currentUser,
                     AssessmentWorkflowService assessments,
                     FindingsService findings) {
        this.query = query;
        this.summary = summary;
        this.currentUser = currentUser;
        this.assessments = assessments;
        this.findings = findings;
    }

    /** A reporter sees its own unit, and only published results; the committee also sees results in review. */
    @Transactional(readOnly = true)
    public DashboardData load(DashboardFilter filter, Long indicatorId) {
        UnitScope scope = currentUser.scope();
        boolean publishedOnly = currentUser.hasRole(Role.REPORTER);
        FindingCounts findingCounts = findings.counts(findingsFilter(filter));
        if (DashboardSummaryQuery.covers(filter, scope, publishedOnly)) {
            summary.settle();
            DashboardData.IndicatorSpread spread = indicatorId == null ? null : spread(indicatorId,
                    summary.indicatorStats(filter, indicatorId),
                    summary.indicatorTop(filter, indicatorId, INDICATOR_UNITS));
            return new DashboardData(
                    summary.kpis(filter, excellentPlaces(filter)),
                    summary.grades(filter),
                    summary.ranked(filter, true, RANKING_BARS), summary.ranked(filter, false, RANKING_BARS),
                    summary.histogram(filter),
                    summary.trend(filter),
                    summary.heatmap(filter, HEATMAP_UNITS),
                    summary.completeness(filter),
                    spread, findingCounts);
        }
        DashboardData.IndicatorSpread spread = indicatorId == null ? null : spread(indicatorId,
                query.indicatorStats(filter, scope, publishedOnly, indicatorId),
                query.indicatorTop(filter, scope, publishedOnly, indicatorId, INDICATOR_UNITS));
        return new DashboardData(
                query.kpis(filter, scope, publishedOnly, excellentPlaces(filter)),
                query.grades(filter, scope, publishedOnly),
                query.ranked(filter, scope, publishedOnly, true, RANKING_BARS),
                query.ranked(filter, scope, publishedOnly, false, RANKING_BARS),
                query.histogram(filter, scope, publishedOnly),
                query.trend(filter, scope, publishedOnly),
                query.heatmap(filter, scope, publishedOnly, HEATMAP_UNITS),
                query.completeness(filter, scope, publishedOnly),
                spread, findingCounts);
    }

    /** The overview's filters as the findings lists take them (and carry them in their address). */
    public static FindingsFilter findingsFilter(DashboardFilter filter) {
        return new FindingsFilter(filter.periodId(), filter.categoryId(), filter.parentUnitId(),
                filter.grade() == null ? null : filter.grade().name());
    }

    /** The 优秀 places as approval counts them: the period's, or those that apply to the filtered category. */
    private int excellentPlaces(DashboardFilter filter) {
        QuotaPlaces quota = assessments.quotaPlaces(filter.periodId());
        return filter.categoryId() == null ? quota.allowed()
                : quota.allowedFor(query.categoryName(filter.categoryId()).orElse(""));
    }

    private DashboardData.IndicatorSpread spread(long indicatorId, DashboardQuery.IndicatorStats stats,
                                                 List<DashboardData.UnitValue> top) {
        return new DashboardData.IndicatorSpread(indicatorId, query.indicatorName(indicatorId).orElse(""), top,
                stats.median(), stats.mentioning(), stats.received());
    }
}
