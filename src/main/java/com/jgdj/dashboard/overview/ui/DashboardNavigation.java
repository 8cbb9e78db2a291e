package com.jgdj.dashboard.overview.ui;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.base.ui.UrlParams;
import com.jgdj.dashboard.completeness.CompletenessFilter;
import com.jgdj.dashboard.completeness.ui.CompletenessNavigation;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.orgunit.ui.OrgUnitNavigation;
import com.jgdj.dashboard.overview.DashboardData;
import com.jgdj.dashboard.overview.DashboardFilter;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.ranking.ui.RankingNavigation;

import java.util.LinkedHashMap;
import java.util.Map;

/** The overview's own address, and where its charts lead: a unit, a unit at one dimension, a list of units. */
final class DashboardNavigation {

    static final String ROUTE = UrlParams.HOME;
    /** The indicator whose counts the overview shows. */
    static final String INDICATOR = "indicator";
    /** The 上级单位 filter has the same URL parameter on the overview as on the ranking. */
    static final String PARENT = RankingNavigation.PARENT;

    private DashboardNavigation() {
    }

    /** {@code ?period=3&category=1&grade=GOOD&indicator=4}; no filter, the bare home address. */
    static String href(DashboardFilter filter, Long indicatorId) {
        Map<String, String> params = new LinkedHashMap<>();
        if (filter != null) {
            params.put(UrlParams.PERIOD, Long.toString(filter.periodId()));
            if (filter.categoryId() != null) {
                params.put(UrlParams.CATEGORY, filter.categoryId().toString());
            }
            if (filter.parentUnitId() != null) {
                params.put(PARENT, filter.parentUnitId().toString());
            }
            if (filter.grade() != null) {
                params.put(UrlParams.GRADE, filter.grade().name());
            }
        }
        if (indicatorId != null) {
            params.put(INDICATOR, indicatorId.toString());
        }
        return UrlParams.location(ROUTE, params);
    }

    /** Shows the overview's filters in the address bar as a step the back button returns to. */
    static void showFilter(DashboardFilter filter, Long indicatorId) {
        UrlParams.pushState(href(filter, indicatorId));
    }

    static void unit(long unitId, long periodId) {
        OrgUnitNavigation.toUnit(UnitId.of(unitId), PeriodId.of(periodId), null);
    }

    static void unitAtDimension(long unitId, long periodId, long dimensionId) {
        OrgUnitNavigation.toUnit(UnitId.of(unitId), PeriodId.of(periodId), dimensionId);
    }

    /** The ranking of the units graded so, with the overview's category and 上级单位. */
    static void rankingWithGrade(DashboardFilter filter, Grade grade) {
        RankingNavigation.toRanking(PeriodId.of(filter.periodId()), filter.categoryId(), filter.parentUnitId(), grade,
                null, null);
    }

    /** The ranking of the units in one histogram bin: {@code from} ≤ total < {@code from + 5}, open at the ends. */
    static void rankingInBand(DashboardFilter filter, DashboardData.HistogramBin bin) {
        RankingNavigation.toRanking(PeriodId.of(filter.periodId()), filter.categoryId(), filter.parentUnitId(),
                filter.grade(), bin.from() > DashboardData.HistogramBin.LOWEST ? bin.from() : null,
                bin.from() < DashboardData.HistogramBin.HIGHEST ? bin.from() + DashboardData.HistogramBin.WIDTH : null);
    }

    static void completeness(long periodId, long categoryId, CompletenessFilter.State state) {
        CompletenessNavigation.toCompleteness(PeriodId.of(periodId), categoryId, state);
    }
}
