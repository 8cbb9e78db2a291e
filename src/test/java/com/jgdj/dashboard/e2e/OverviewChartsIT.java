package com.jgdj.dashboard.e2e;

import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.indicator.IndicatorRow;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.overview.DashboardData;
import com.jgdj.dashboard.overview.DashboardFilter;
import com.jgdj.dashboard.overview.DashboardService;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.security.Role;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overview in Chromium: every chart is drawn with exactly the read model's values (counted on the SVG), its
 * count axes show whole numbers only, and a click on each kind of chart opens what stands behind it.
 */
class OverviewChartsIT extends BrowserTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    ReportingPeriodService periods;
    @Autowired
    IndicatorService indicators;

    private PeriodRow period;
    private DashboardData data;

    @BeforeEach
    void openOverview() {
        signIn("admin");
        open("/");
        waitForCharts();
        String shown = combo("报送期").inputValue();
        SignIn.as(Role.ADMIN);
        try {
            period = periods.list().stream().filter(p -> p.name().equals(shown)).findFirst().orElseThrow();
            long indicator = indicators.list().stream().filter(i -> i.name().equals("中心组学习"))
                    .map(IndicatorRow::id).findFirst().orElseThrow();
            data = dashboard.load(new DashboardFilter(period.id(), null, null), indicator);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private void waitForCharts() {
        for (String card : List.of("card-grades", "card-histogram", "card-trend", "card-heatmap", "card-completeness")) {
            page.locator("#" + card + " svg.apexcharts-svg").first().waitFor();
        }
    }

    /** The input of the combo box with that label. */
    private Locator combo(String label) {
        return page.locator("vaadin-combo-box").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new com.microsoft.playwright.Page.LocatorOptions().setHasText(label))))
                .locator("input");
    }

    private List<String> attributes(String selector, String attribute) {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) page.locator(selector).evaluateAll(
                "(els, a) => els.map(e => e.getAttribute(a))", attribute);
        return values;
    }

    private static String number(Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }

    private static <T> List<String> numbers(List<T> rows, Function<T, Number> value) {
        return rows.stream().map(r -> number(value.apply(r))).toList();
    }

    @Test
    void every_chart_draws_the_read_model() {
        shot("overview");
        assertEquals(numbers(data.grades(), DashboardData.GradeCount::units),
                attributes("#card-grades path.apexcharts-pie-area", "data:value").stream().map(v -> number(Double.valueOf(v))).toList());

        List<DashboardData.HistogramBin> bins = fullBins(data.histogram());
        assertEquals(numbers(bins, DashboardData.HistogramBin::units),
                attributes("#card-histogram path.apexcharts-bar-area", "val").stream().map(v -> number(Double.valueOf(v))).toList());

        // the heatmap: one cell per unit and dimension of the read model
        assertEquals(data.heatmap().size(), page.locator("#card-heatmap rect.apexcharts-heatmap-rect").count());

        // the completeness bars: on time, late, missing per category
        List<String> completeness = new ArrayList<>(numbers(data.completeness(), DashboardData.CategoryCompleteness::onTime));
        completeness.addAll(numbers(data.completeness(), DashboardData.CategoryCompleteness::late));
        completeness.addAll(numbers(data.completeness(), DashboardData.CategoryCompleteness::missing));
        assertEquals(completeness, attributes("#card-completeness path.apexcharts-bar-area", "val").stream()
                .map(v -> number(Double.valueOf(v))).toList());

        // the trend: a marker per period with an average score, and one per period for the on-time rate
        long scored = data.trend().stream().filter(t -> t.averageScore() != null).count();
        // (the legend draws markers too, and each series keeps a dot-sized hover marker: only the drawn points count)
        assertEquals(scored + data.trend().size(), ((Number) page.locator("#card-trend .apexcharts-series-markers"
                + " .apexcharts-marker").evaluateAll("els => els.filter(e => e.getBBox().width > 1).length")).longValue());

        assertEquals(data.indicator().top().size(), page.locator("#card-indicator path.apexcharts-bar-area").count());

        // the ranking: one coloured bar per unit among the best and the worst ten
        long ranked = java.util.stream.Stream.concat(data.top().stream(), data.bottom().stream())
                .map(DashboardData.UnitScore::unitId).distinct().count();
        assertEquals(ranked, page.locator("#card-ranking path.apexcharts-bar-area:not([val='0'])").count());
    }

    @Test
    void count_axes_show_whole_numbers_once_each() {
        // the rarest grade: a handful of units, where ApexCharts' own ticks would be fractions (0.4, 0.8, …)
        DashboardData.GradeCount rarest = data.grades().stream()
                .min(java.util.Comparator.comparingLong(DashboardData.GradeCount::units)).orElseThrow();
        open("/?period=" + period.id() + "&grade=" + rarest.grade().name());
        waitForCharts();
        shot("rarest-grade");
        for (String card : List.of("card-histogram", "card-completeness")) {
            List<String> ticks = page.locator("#" + card + " .apexcharts-yaxis-label, #" + card
                    + " .apexcharts-xaxis-label").allTextContents().stream().filter(t -> t.matches("[\\d.]+")).toList();
            assertTrue(ticks.size() >= 2, card + " has a value axis: " + ticks);
            assertTrue(ticks.stream().allMatch(t -> t.matches("\\d+")), card + " ticks are whole numbers: " + ticks);
            assertEquals(ticks.stream().distinct().count(), ticks.size(), card + " ticks are not repeated: " + ticks);
        }
    }

    @Test
    void a_slice_opens_the_ranking_of_that_grade() {
        DashboardData.GradeCount first = data.grades().getFirst();
        ChartShapes.click(page, page.locator("#card-grades path.apexcharts-pie-area").first());
        page.waitForURL(Pattern.compile(".*/rankings\\?.*grade=" + first.grade().name() + ".*"));
        settle();
        shot("ranking-of-grade");
        assertThat(page.locator(".view-header")).containsText("共 " + first.units() + " 个单位");
    }

    @Test
    void a_histogram_bar_opens_the_units_in_its_score_band() {
        List<DashboardData.HistogramBin> bins = fullBins(data.histogram());
        int index = 0;
        while (bins.get(index).units() == 0) {
            index++;
        }
        DashboardData.HistogramBin bin = bins.get(index);
        ChartShapes.click(page, page.locator("#card-histogram path.apexcharts-bar-area").nth(index));
        page.waitForURL(Pattern.compile(".*/rankings\\?.*"));
        settle();
        shot("ranking-in-band");
        assertThat(page.locator(".view-header")).containsText("共 " + bin.units() + " 个单位");
        String band = bin.from() == 55 ? "总分 < 60" : bin.from() == 100 ? "总分 ≥ 100"
                : bin.from() + " ≤ 总分 < " + (bin.from() + 5);
        assertThat(page.locator("#ranking-band")).hasText("总分区间：" + band);
    }

    @Test
    void a_trend_point_opens_that_period() {
        List<DashboardData.TrendPoint> trend = data.trend();
        int index = -1;
        for (int i = 0; i < trend.size(); i++) {
            if (trend.get(i).averageScore() != null && trend.get(i).periodId() != period.id()) {
                index = i;
            }
        }
        DashboardData.TrendPoint target = trend.get(index);
        ChartShapes.click(page, page.locator(
                "#card-trend .apexcharts-series[data\\:realIndex='0'] .apexcharts-marker[rel='" + index + "']"));
        page.waitForURL(Pattern.compile(".*[?&]period=" + target.periodId() + "(&.*)?$"));
        settle();
        shot("other-period");
        assertThat(combo("报送期")).hasValue(target.periodName());
    }

    @Test
    void a_ranking_bar_opens_the_unit() {
        DashboardData.UnitScore best = data.top().getFirst();
        // the bar of the best unit is in the series of its grade; the other series hold zeros there
        ChartShapes.click(page, page.locator("#card-ranking path.apexcharts-bar-area[j='0']:not([val='0'])"));
        page.waitForURL(Pattern.compile(".*/units/" + best.unitId() + "\\?period=" + period.id() + "$"));
        settle();
        shot("unit");
        assertThat(page.locator(".view-header h2")).hasText(best.unitName());
    }

    @Test
    void a_heatmap_cell_opens_the_unit_at_that_dimension_with_its_evidence_in_view() {
        DashboardData.HeatmapCell first = data.heatmap().getFirst();
        // the first unit is the top row; its first dimension the first column
        Locator cells = page.locator("#card-heatmap rect.apexcharts-heatmap-rect");
        int topLeft = ((Number) cells.evaluateAll("""
                els => els.map((e, i) => [e.getBoundingClientRect(), i])
                          .sort((a, b) => a[0].top - b[0].top || a[0].left - b[0].left)[0][1]""")).intValue();
        Locator cell = cells.nth(topLeft);
        ChartShapes.click(page, cell);
        page.waitForURL(Pattern.compile(".*/units/.*"));
        assertEquals(url("/units/" + first.unitId() + "?period=" + period.id() + "&dimension=" + first.dimensionId()),
                page.url());
        settle();
        Locator dimension = page.locator("#unit-dimension");
        assertThat(dimension).containsText(first.dimensionName() + "：");
        assertThat(dimension).isInViewport();
        shot("unit-at-dimension");
    }

    @Test
    void a_completeness_bar_opens_the_units_of_that_category_and_state() {
        DashboardData.CategoryCompleteness first = data.completeness().getFirst();
        ChartShapes.click(page, page.locator("#card-completeness path.apexcharts-bar-area").first());
        page.waitForURL(Pattern.compile(".*/completeness\\?(?=.*category=" + first.categoryId() + ")(?=.*state=ON_TIME).*"));
        settle();
        shot("completeness");
        assertThat(combo("单位类别")).hasValue(first.categoryName());
    }

    private static List<DashboardData.HistogramBin> fullBins(List<DashboardData.HistogramBin> present) {
        List<DashboardData.HistogramBin> bins = new ArrayList<>();
        for (int from = 55; from <= 100; from += 5) {
            int f = from;
            bins.add(new DashboardData.HistogramBin(from, present.stream().filter(b -> b.from() == f)
                    .mapToLong(DashboardData.HistogramBin::units).sum()));
        }
        return bins;
    }
}
