package com.jgdj.dashboard.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoUnitsTest {

    @Test
    void the_standard_catalogue_has_40_units_in_all_five_categories_with_matching_org_types() {
        List<DemoUnit> units = DemoUnits.standard();

        assertThat(units).hasSize(40);
        assertThat(units.stream().map(DemoUnit::category).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(DemoCategory.values());
        assertThat(units.subList(0, 12).stream().map(DemoUnit::category).collect(Collectors.toSet()))
                .hasSize(5);
        for (DemoUnit unit : units) {
            assertThat(unit.name()).as(unit.code()).endsWith(unit.orgType()).startsWith(unit.department());
            assertThat(unit.contactPhone()).matches("0512-6555\\d{4}");
            assertThat(unit.secretaryName()).hasSizeBetween(2, 3);
        }
        assertThat(units.stream().map(DemoUnit::name)).contains("市发展改革委机关党委", "团市委机关党总支",
                "市财政局机关党委", "市公安局党委", "市中级人民法院机关党委", "市教育局机关党委", "市卫生健康委机关党委",
                "市总工会机关党总支", "市妇联机关党支部");
        assertThat(units.get(1)).isEqualTo(new DemoUnit("czj", "市财政局", "市财政局机关党委", "市财政局",
                DemoCategory.经济部门, "机关党委", "钟磊", "孔军华", "0512-65550001"));
    }

    @Test
    void benchmark_scales_add_numbered_branches_with_unique_names_and_codes() {
        List<DemoUnit> units = DemoUnits.first(5000);

        assertThat(units.stream().map(DemoUnit::name).collect(Collectors.toSet())).hasSize(5000);
        assertThat(units.stream().map(DemoUnit::code).collect(Collectors.toSet())).hasSize(5000);
        assertThat(units.get(41).name()).isEqualTo("市财政局第1党支部");
        assertThat(units.get(4999).name()).isEqualTo("市残联第124党支部");
        assertThat(units.get(4999).orgType()).isEqualTo("党支部");
        assertThat(DemoUnits.first(12)).isEqualTo(DemoUnits.standard().subList(0, 12));
    }

    @Test
    void the_open_period_is_the_first_whose_deadline_day_is_not_over() {
        assertThat(DemoPeriods.current(LocalDate.of(2026, 12, 1)).label()).isEqualTo("2026年度");
        assertThat(DemoPeriods.current(LocalDate.of(2027, 1, 15)).label()).isEqualTo("2026年度");
        assertThat(DemoPeriods.current(LocalDate.of(2027, 1, 16)).label()).isEqualTo("2027年上半年");
        assertThat(DemoPeriods.current(LocalDate.of(2026, 7, 10)).label()).isEqualTo("2026年上半年");
        assertThat(DemoPeriods.current(LocalDate.of(2026, 7, 11)).label()).isEqualTo("2026年度");
        assertThat(DemoPeriods.current(LocalDate.of(2026, 1, 1)).label()).isEqualTo("2025年度");
        assertThat(DemoPeriods.current(LocalDate.of(2026, 1, 1)).deadline()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void the_standard_periods_run_from_2023_h1_to_the_open_one_alternating_kinds() {
        assertThat(DemoPeriods.standard(LocalDate.of(2026, 12, 1)).stream()
                .map(p -> p.label() + " " + p.deadline() + " " + p.status())).containsExactly(
                "2023年上半年 2023-07-10 CLOSED", "2023年度 2024-01-15 CLOSED",
                "2024年上半年 2024-07-10 CLOSED", "2024年度 2025-01-15 CLOSED",
                "2025年上半年 2025-07-10 CLOSED", "2025年度 2026-01-15 CLOSED",
                "2026年上半年 2026-07-10 CLOSED", "2026年度 2027-01-15 OPEN");
        assertThat(DemoPeriods.standard(LocalDate.of(2027, 1, 16))).hasSize(9).last()
                .extracting(DemoPeriod::label).isEqualTo("2027年上半年");
        assertThat(DemoPeriods.standard(LocalDate.of(2024, 12, 1)).stream().map(DemoPeriod::label))
                .containsExactly("2023年上半年", "2023年度", "2024年上半年", "2024年度");
        assertThat(DemoScale.STANDARD.periodsOn(LocalDate.of(2026, 12, 1))).hasSize(8);
    }

    @Test
    void a_scale_counts_its_periods_back_from_the_open_one() {
        List<DemoPeriod> twenty = DemoPeriods.upTo(LocalDate.of(2026, 12, 1), 20);
        assertThat(twenty.getFirst().label()).isEqualTo("2017年上半年");
        assertThat(twenty.getLast().label()).isEqualTo("2026年度");
        assertThat(twenty.stream().map(DemoPeriod::label).collect(Collectors.toSet())).hasSize(20);
        assertThat(twenty.stream().filter(DemoPeriod::open)).containsExactly(twenty.getLast());
        assertThat(DemoPeriods.upTo(LocalDate.of(2026, 3, 1), 1)).extracting(DemoPeriod::label)
                .containsExactly("2026年上半年");
        assertThat(DemoScale.parse("12x3").periodsOn(LocalDate.of(2026, 12, 1))).extracting(DemoPeriod::label)
                .containsExactly("2025年度", "2026年上半年", "2026年度");
    }
}
