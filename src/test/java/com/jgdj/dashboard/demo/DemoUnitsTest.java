package com.jgdj.dashboard.demo;

import org.junit.jupiter.api.Test;

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
    void periods_go_back_from_the_open_2024_annual_alternating_kinds() {
        assertThat(DemoPeriods.latest(4).stream().map(p -> p.label() + " " + p.deadline() + " " + p.status()))
                .containsExactly("2023年上半年 2023-07-10 CLOSED", "2023年度 2024-01-15 CLOSED",
                        "2024年上半年 2024-07-10 CLOSED", "2024年度 2025-01-15 OPEN");
        List<DemoPeriod> twenty = DemoPeriods.latest(20);
        assertThat(twenty.getFirst().label()).isEqualTo("2015年上半年");
        assertThat(twenty.stream().map(DemoPeriod::label).collect(Collectors.toSet())).hasSize(20);
        assertThat(twenty.stream().filter(DemoPeriod::open)).containsExactly(twenty.getLast());
        assertThat(Set.of(DemoPeriods.latest(1).getFirst().kind())).containsExactly(DemoPeriod.ANNUAL);
    }
}
