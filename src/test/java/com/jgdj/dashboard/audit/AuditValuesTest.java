package com.jgdj.dashboard.audit;

import com.jgdj.dashboard.FixedClock;
import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.scheme.SchemeDetails;
import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.assessment.scheme.VetoForm;
import com.jgdj.dashboard.assessment.grading.VetoEffect;
import com.jgdj.dashboard.indicator.IndicatorForm;
import com.jgdj.dashboard.indicator.IndicatorRow;
import com.jgdj.dashboard.indicator.IndicatorService;
import com.jgdj.dashboard.orgunit.OrgUnitForm;
import com.jgdj.dashboard.orgunit.OrgUnitService;
import com.jgdj.dashboard.period.PeriodForm;
import com.jgdj.dashboard.period.PeriodKind;
import com.jgdj.dashboard.period.PeriodRow;
import com.jgdj.dashboard.period.PeriodStatus;
import com.jgdj.dashboard.period.ReportingPeriodService;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Changes of units, periods, indicators and schemes leave their value before and after in the audit log, as score
 * changes do; every entry's time is the application's clock (here the demo day, 2026-12-01 10:00 China time).
 */
@IntegrationTest
@Import(FixedClock.class)
class AuditValuesTest {

    @Autowired
    OrgUnitService units;
    @Autowired
    ReportingPeriodService periods;
    @Autowired
    IndicatorService indicators;
    @Autowired
    SchemeService schemes;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        SignIn.as(Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** action|unit|period|before|after of the entity's entries, oldest first. */
    private List<String> entries(String entityType, long id) {
        return jdbc.sql("""
                        select action || '|' || coalesce(unit_id::text, '') || '|' || coalesce(period_id::text, '')
                               || '|' || coalesce(before_value, '') || '|' || coalesce(after_value, '')
                          from audit_log where entity_type = ? and entity_id = ? order by id""")
                .params(entityType, id).query(String.class).list();
    }

    private List<OffsetDateTime> times(String entityType, long id) {
        return jdbc.sql("select at from audit_log where entity_type = ? and entity_id = ? order by id")
                .params(entityType, id).query(OffsetDateTime.class).list();
    }

    @Test
    void a_unit_change_records_every_edited_field_before_and_after() {
        long economy = data.category("经济部门", 2);
        long parent = data.unit("市财政局党组", economy, "党组", "王强", true);
        long id = data.unit("市财政局机关党委", economy, "机关党委", "陈静", true);
        OrgUnitForm loaded = units.details(id).orElseThrow().toForm();
        units.save(new OrgUnitForm(id, loaded.version(), "市财政局机关党委", "财政局", economy, parent,
                loaded.orgType(), "李明", "张三", "0571-1234", false));

        assertEquals(List.of("UNIT_UPDATED|" + id + "||"
                        + "名称：市财政局机关党委；简称：无；类别：经济部门；上级单位：无；组织类型：机关党委；书记：陈静；联系人：无；电话：无；启用|"
                        + "名称：市财政局机关党委；简称：财政局；类别：经济部门；上级单位：市财政局党组；组织类型：机关党委；书记：李明；联系人：张三；电话：0571-1234；停用",
                        "UNIT_PARENT_CHANGED|" + id + "||无|市财政局党组"),
                entries("org_unit", id));
        assertEquals(List.of(FixedClock.NOW, FixedClock.NOW),
                times("org_unit", id).stream().map(OffsetDateTime::toInstant).toList());
    }

    @Test
    void a_period_change_and_its_closing_record_before_and_after() {
        long id = data.period(2024, "H1", LocalDate.of(2024, 7, 10), "OPEN");
        PeriodRow loaded = periods.find(id).orElseThrow();
        periods.save(new PeriodForm(id, loaded.version(), 2024, PeriodKind.H1, LocalDate.of(2024, 7, 20)));
        periods.setStatus(id, periods.find(id).orElseThrow().version(), PeriodStatus.CLOSED);

        assertEquals(List.of(
                        "PERIOD_UPDATED||" + id + "|2024年上半年；截止：2024年7月10日；报送中|2024年上半年；截止：2024年7月20日；报送中",
                        "PERIOD_CLOSED||" + id + "|2024年上半年；截止：2024年7月20日；报送中|2024年上半年；截止：2024年7月20日；已关闭"),
                entries("reporting_period", id));
        assertEquals(List.of(FixedClock.NOW, FixedClock.NOW),
                times("reporting_period", id).stream().map(OffsetDateTime::toInstant).toList());
    }

    @Test
    void an_indicator_change_records_before_and_after_and_a_new_one_only_after() {
        long id = indicators.save(new IndicatorForm(null, null, "审计测试指标", "审计测试", 90, true));
        IndicatorRow loaded = indicators.list().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        indicators.save(new IndicatorForm(id, loaded.version(), "审计测试指标", "审计测试|测试审计", 91, false));

        assertEquals(List.of("INDICATOR_CREATED||||名称：审计测试指标；匹配规则：审计测试；排序：90；启用",
                        "INDICATOR_UPDATED|||名称：审计测试指标；匹配规则：审计测试；排序：90；启用|"
                                + "名称：审计测试指标；匹配规则：审计测试|测试审计；排序：91；停用"),
                entries("indicator", id));
    }

    @Test
    void a_scheme_change_records_the_part_before_and_after() {
        SchemeDetails scheme = schemes.createForYear(2031);
        schemes.saveVetoes(scheme.id(), scheme.version(), List.of(new VetoForm(null, "发生严重违纪", VetoEffect.POOR)));
        SchemeDetails saved = schemes.details(scheme.id());
        long veto = saved.rules().vetoes().getFirst().id();
        schemes.saveVetoes(scheme.id(), saved.version(), List.of(
                new VetoForm(veto, "发生严重违纪违法问题", VetoEffect.POOR),
                new VetoForm(null, "材料弄虚作假", VetoEffect.NOT_EXCELLENT)));

        List<String> updates = entries("assessment_scheme", scheme.id()).stream()
                .filter(e -> e.startsWith("SCHEME_UPDATED")).toList();
        assertEquals(2, updates.size());
        assertEquals("SCHEME_UPDATED|||发生严重违纪：直接定为较差|发生严重违纪违法问题：直接定为较差；材料弄虚作假：不得评为优秀",
                updates.get(1));
        assertEquals("|发生严重违纪：直接定为较差", updates.get(0).substring(updates.get(0).lastIndexOf('|')));
    }
}
