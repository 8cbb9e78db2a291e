package com.jgdj.dashboard.demo;

import com.jgdj.dashboard.demo.PlantedDefect.Kind;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoReportComposerTest {

    private static final long SEED = 42L;
    /** The periods up to the open 2024年度 (2015年上半年 … 2024年度), the ones these exact values were taken on. */
    private static final LocalDate UNTIL_2024 = LocalDate.of(2024, 12, 1);
    /** Mean share (‰) of a report's 8-character shingles also in another unit's report of the period. */
    private static final long MEAN_SHARED_PERMILLE = 95;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})年");

    private final DemoReportComposer composer = new DemoReportComposer();

    /** 40 units × 20 periods = 800 reports. */
    private List<ComposedReport> composeAll(long seed) {
        List<ComposedReport> all = new ArrayList<>();
        for (DemoPeriod period : DemoPeriods.upTo(UNTIL_2024, 20)) {
            all.addAll(composer.composePeriod(DemoUnits.standard(), period, seed));
        }
        return all;
    }

    @Test
    void the_same_seed_gives_identical_bytes() {
        List<ComposedReport> first = composeAll(SEED);
        List<ComposedReport> second = composeAll(SEED);

        assertThat(first).hasSize(800);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).bytes()).isEqualTo(first.get(i).bytes());
            assertThat(second.get(i).fileName()).isEqualTo(first.get(i).fileName());
            assertThat(second.get(i).plantedDefects()).isEqualTo(first.get(i).plantedDefects());
        }
    }

    @Test
    void a_different_seed_gives_different_reports() {
        List<ComposedReport> first = composeAll(SEED);
        List<ComposedReport> other = composeAll(SEED + 1);

        long same = 0;
        for (int i = 0; i < first.size(); i++) {
            if (Arrays.equals(first.get(i).bytes(), other.get(i).bytes())) {
                same++;
            }
        }
        assertThat(same).isZero();
    }

    @Test
    void planted_defect_counts_at_a_fixed_seed_are_exactly_as_recorded() {
        List<ComposedReport> all = composeAll(SEED);

        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        for (ComposedReport report : all) {
            report.plantedDefects().forEach(d -> counts.merge(d.kind(), 1L, Long::sum));
        }
        // 800 reports at the documented rates 8 %, 6 %, 5 %, 3 %, 3 % (and 4 % GB18030)
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                Kind.UNFILLED_PLACEHOLDER, 54L,
                Kind.MISSING_PROBLEMS, 36L,
                Kind.COPIED_PARAGRAPH, 49L,
                Kind.WEB_JUNK, 24L,
                Kind.EARLIER_YEAR_PLANS, 20L));
        assertThat(all.stream().filter(r -> r.encoding().equals("GB18030"))).hasSize(35);
        assertThat(all.stream().filter(r -> r.plantedDefects().isEmpty())).hasSize(634);
    }

    @Test
    void planted_defects_are_in_the_text_and_only_where_recorded() {
        List<ComposedReport> all = composeAll(SEED);
        Map<String, ComposedReport> byPeriodAndUnit = all.stream()
                .collect(Collectors.toMap(r -> r.period().label() + r.unit().name(), r -> r));

        for (ComposedReport report : all) {
            String text = report.text();
            assertThat(text.contains("多少")).as(report.fileName())
                    .isEqualTo(report.has(Kind.UNFILLED_PLACEHOLDER));
            assertThat(text.contains("存在的")).as(report.fileName())
                    .isNotEqualTo(report.has(Kind.MISSING_PROBLEMS));
            assertThat(text.contains("##paidbegin##") && text.strip().endsWith("##paidend##"))
                    .as(report.fileName()).isEqualTo(report.has(Kind.WEB_JUNK));
            assertThat(text.contains("##")).isEqualTo(report.has(Kind.WEB_JUNK));
            for (PlantedDefect defect : report.plantedDefects()) {
                if (defect.kind() == Kind.COPIED_PARAGRAPH) {
                    ComposedReport source = byPeriodAndUnit.get(report.period().label() + defect.detail());
                    assertThat(source.unit()).isNotEqualTo(report.unit());
                    String sourceText = source.text().replace("##paidbegin##", "");
                    assertThat(text.replace("##paidbegin##", "").lines()
                            .filter(line -> line.length() > 40 && sourceText.contains(line)))
                            .as(report.fileName()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void years_in_the_text_match_the_period_unless_earlier_year_plans_were_planted() {
        for (ComposedReport report : composeAll(SEED)) {
            int year = report.period().year();
            Set<Integer> years = years(report.text());
            Set<Integer> expected = report.period().annual() ? Set.of(year, year + 1) : Set.of(year);
            if (report.has(Kind.EARLIER_YEAR_PLANS)) {
                assertThat(years).as(report.fileName()).contains(year - 1);
                assertThat(years(report.text().substring(report.text().indexOf(report.period().annual()
                        ? "下一步工作打算" : "下半年工作")))).as(report.fileName()).containsExactly(year - 1);
            } else {
                assertThat(years).as(report.fileName()).isSubsetOf(expected);
                assertThat(years(report.text().substring(report.text().indexOf(report.period().annual()
                        ? "下一步工作打算" : "下半年工作")))).as(report.fileName())
                        .containsExactly(report.period().annual() ? year + 1 : year);
            }
        }
    }

    @Test
    void the_report_has_the_outline_of_the_seeds_with_the_unit_name_in_the_opening() {
        DemoPeriod h1 = DemoPeriods.upTo(UNTIL_2024, 4).getFirst();
        DemoPeriod annual = DemoPeriods.upTo(UNTIL_2024, 4).getLast();
        List<ComposedReport> reports = composer.composePeriod(DemoUnits.standard(), h1, SEED);
        reports.addAll(composer.composePeriod(DemoUnits.standard(), annual, SEED));

        for (ComposedReport report : reports) {
            List<String> lines = report.text().lines().toList();
            String stem = report.fileName().replace(".txt", "");
            int opening = report.title().equals(stem) ? 0 : 1;
            if (opening == 1) {
                assertThat(lines.getFirst()).isEqualTo(report.title()).contains(String.valueOf(report.period().year()));
            }
            assertThat(lines.get(opening)).as(report.fileName()).contains(report.unit().name());
            assertThat(lines.get(opening + 1)).startsWith("一、");
            assertThat(lines.get(opening + 2)).startsWith("（一）");
            assertThat(lines.get(opening + 3)).startsWith("一是");
            assertThat(report.text()).contains(report.period().annual() ? "、下一步工作打算" : "、下半年工作");
            assertThat(report.counts().getOrDefault("fixed", 0))
                    .isLessThanOrEqualTo(report.counts().getOrDefault("found", Integer.MAX_VALUE));
            assertThat(new String(report.bytes(), Charset.forName(report.encoding()))).isEqualTo(report.text());
            assertThat(report.fileName()).isEqualTo(report.unit().name() + "-" + report.period().label() + "工作汇报.txt");
        }
    }

    @Test
    void a_single_report_records_its_counts_and_defects() {
        DemoPeriod period = DemoPeriods.upTo(UNTIL_2024, 4).getFirst();
        ComposedReport report = composer.compose(DemoUnits.standard().get(5), period,
                DemoReportComposer.streamFor(SEED, period, 5));

        assertThat(report.fileName()).isEqualTo("市发展改革委机关党委-2023年上半年工作汇报.txt");
        assertThat(report.counts()).isEqualTo(Map.of("found", 5, "fixed", 1));
        assertThat(report.text()).contains("发现相关问题5条，完成整改1条").contains("讲授专题党课多少次")
                .contains("市发展改革委机关党委增强“四个意识”、坚定“四个自信”、做到“两个维护”")
                .contains("“聚力联盟”");
        assertThat(report.plantedDefects()).containsExactly(
                new PlantedDefect(Kind.UNFILLED_PLACEHOLDER, "1 paragraph(s) with 多少"));
        assertThat(report.bytes()).hasSize(4423);
    }

    @Test
    void each_unit_writes_in_its_own_words_sharing_only_standard_phrasing() {
        DemoPeriod period = DemoPeriods.upTo(UNTIL_2024, 4).getFirst();
        List<Set<String>> shingles = composer.composePeriod(DemoUnits.standard(), period, SEED).stream()
                .map(r -> shingles(r.text())).toList();

        // the share of one report's 8-character shingles (letters and digits) found in another unit's report
        double sum = 0;
        double max = 0;
        int pairs = 0;
        for (int a = 0; a < shingles.size(); a++) {
            for (int b = 0; b < shingles.size(); b++) {
                if (a != b) {
                    Set<String> other = shingles.get(b);
                    double share = (double) shingles.get(a).stream().filter(other::contains).count()
                            / shingles.get(a).size();
                    sum += share;
                    max = Math.max(max, share);
                    pairs++;
                }
            }
        }
        assertThat(pairs).isEqualTo(40 * 39);
        assertThat(Math.round(1000 * sum / pairs)).isEqualTo(MEAN_SHARED_PERMILLE);
        assertThat(max).isLessThan(0.3);
    }

    private static Set<String> shingles(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String paragraph : text.split("\n")) {
            String letters = paragraph.codePoints().filter(Character::isLetterOrDigit)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            for (int i = 0; i + 8 <= letters.length(); i++) {
                out.add(letters.substring(i, i + 8));
            }
        }
        return out;
    }

    @Test
    void found_and_fixed_problems_are_written_as_counted() {
        for (ComposedReport report : composeAll(SEED)) {
            Integer found = report.counts().get("found");
            if (found != null) {
                int fixed = report.counts().get("fixed");
                assertThat(fixed).isBetween(found - 5, found);
                assertThat(report.text()).contains("发现相关问题" + found + "条，完成整改" + fixed + "条");
            }
        }
    }

    private static Set<Integer> years(String text) {
        Set<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }
}
