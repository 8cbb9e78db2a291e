package com.jgdj.dashboard.base.ui;

import com.jgdj.dashboard.assessment.grading.Grade;
import com.jgdj.dashboard.assessment.ui.AssessmentNavigation;
import com.jgdj.dashboard.completeness.CompletenessFilter;
import com.jgdj.dashboard.completeness.ui.CompletenessNavigation;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.orgunit.ui.OrgUnitNavigation;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.ranking.ui.RankingNavigation;
import com.jgdj.dashboard.submission.SubmissionStatus;
import com.jgdj.dashboard.submission.ui.SubmissionNavigation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The addresses the navigation classes build, exactly as the browser shows them. */
class NavigationUrlsTest {

    private static final UnitId UNIT = UnitId.of(5);
    private static final PeriodId PERIOD = PeriodId.of(3);

    @Test
    void unit_pages() {
        assertEquals("units/5", OrgUnitNavigation.href(UNIT));
        assertEquals("units/5?period=3", OrgUnitNavigation.href(UNIT, PERIOD, null));
        assertEquals("units/5?period=3&dimension=2", OrgUnitNavigation.href(UNIT, PERIOD, 2L));
        assertEquals("units/5?dimension=2", OrgUnitNavigation.href(UNIT, null, 2L));
        assertEquals("units/5", OrgUnitNavigation.anchor(UNIT, "市财政局").getHref());
    }

    @Test
    void report_pages() {
        assertEquals("submissions/7", SubmissionNavigation.href(7));
        assertEquals("submissions/7", SubmissionNavigation.anchor(7, "工作汇报").getHref());
        assertEquals("submissions?unit=5", SubmissionNavigation.listAnchor(UNIT, "查看本单位报送材料").getHref());
        assertEquals("submissions?period=3&unit=5&status=RETURNED",
                SubmissionNavigation.listHref(PERIOD, UNIT, SubmissionStatus.RETURNED));
        assertEquals("submissions", SubmissionNavigation.listHref(null, null, null));
        assertEquals("upload?period=3", SubmissionNavigation.uploadHref(PERIOD));
    }

    @Test
    void assessment_pages() {
        assertEquals("assessments/3/5", AssessmentNavigation.href(PERIOD, UNIT));
        assertEquals("assessments?period=3", AssessmentNavigation.listHref(PERIOD));
        assertEquals("assessments?period=3", AssessmentNavigation.listAnchor(PERIOD, "返回列表").getHref());
    }

    @Test
    void ranking_pages() {
        assertEquals("rankings?period=3", RankingNavigation.href(PERIOD, null, null, null, null));
        assertEquals("rankings?period=3&category=1&grade=EXCELLENT&scoreFrom=80&scoreBelow=85",
                RankingNavigation.href(PERIOD, 1L, Grade.EXCELLENT, 80, 85));
        assertEquals("rankings?period=3&scoreBelow=60", RankingNavigation.href(PERIOD, null, null, null, 60));
        assertEquals("interviews?period=3", RankingNavigation.interviewsHref(PERIOD));
    }

    @Test
    void completeness_page() {
        assertEquals("completeness?period=3", CompletenessNavigation.href(PERIOD, null, null));
        assertEquals("completeness?period=3&category=1&state=MISSING",
                CompletenessNavigation.href(PERIOD, 1L, CompletenessFilter.State.MISSING));
    }

    @Test
    void values_are_encoded_and_kept_in_order() {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("period", "3");
        params.put("name", "市委 办公室&党委");
        assertEquals("units?period=3&name=%E5%B8%82%E5%A7%94%20%E5%8A%9E%E5%85%AC%E5%AE%A4%26%E5%85%9A%E5%A7%94",
                UrlParams.location("units", params));
        assertEquals("units", UrlParams.location("units", Map.of()));
    }

    @Test
    void parameters_that_do_not_parse_are_ignored() {
        Map<String, List<String>> params = Map.of("period", List.of("3"), "at", List.of("x"), "grade", List.of("GOOD"),
                "state", List.of("LOST"), "scoreFrom", List.of("82.5"));
        assertEquals(Optional.of(3L), UrlParams.longParam(params, UrlParams.PERIOD));
        assertEquals(Optional.empty(), UrlParams.intParam(params, "at"));
        assertEquals(Optional.of(Grade.GOOD), UrlParams.enumParam(params, UrlParams.GRADE, Grade.class));
        assertEquals(Optional.empty(), UrlParams.enumParam(params, "state", CompletenessFilter.State.class));
        assertEquals(Optional.of(new java.math.BigDecimal("82.5")), UrlParams.decimalParam(params, "scoreFrom"));
        assertEquals(Optional.empty(), UrlParams.longParam(params, UrlParams.UNIT));
    }

    @Test
    void unit_filters_are_spelled_once_in_one_order_and_a_grade_must_be_a_constant_name() {
        assertEquals("findings?period=7&category=3&parent=12&grade=GOOD",
                UrlParams.location("findings", UrlParams.unitFilter(7, 3L, 12L, "GOOD")));
        assertEquals("similarity?period=7&grade=POOR",
                UrlParams.location("similarity", UrlParams.unitFilter(7, null, null, "POOR")));
        assertEquals("GOOD", UrlParams.gradeName(Map.of(UrlParams.GRADE, List.of("GOOD"))));
        assertEquals(null, UrlParams.gradeName(Map.of(UrlParams.GRADE, List.of("<b>x</b>"))));
        assertEquals(null, UrlParams.gradeName(Map.of()));
    }
}
