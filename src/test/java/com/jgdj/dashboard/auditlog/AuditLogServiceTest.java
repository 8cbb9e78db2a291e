package com.jgdj.dashboard.auditlog;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.audit.AuditEntry;
import com.jgdj.dashboard.audit.AuditService;
import com.jgdj.dashboard.security.Role;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
class AuditLogServiceTest {

    @Autowired
    AuditLogService service;
    @Autowired
    AuditService audit;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    long unit;
    long period;

    @BeforeEach
    void entries() {
        long category = data.category("群团组织", 1);
        unit = data.unit("团市委机关党总支", category, "党总支", "王晓明", true);
        period = data.period(2026, "H1", LocalDate.of(2026, 7, 15), "OPEN");
        // 2026-11-30 23:30 China time is 15:30 UTC; 2026-12-01 00:30 China time is 16:30 UTC the day before
        insert("2026-11-30T15:30:00Z", "auditor-a", AuditEntry.of("USER_CREATED", "app_user", 7L, "tsw（联络员）")
                .change(null, "角色：单位联络员"));
        insert("2026-11-30T16:30:00Z", "auditor-b", AuditEntry.of("ASSESSMENT_SAVED", "assessment", null, "总分 80.00")
                .unit(unit).period(period).change("总分 70.00，一般", "=SUM(A1)"));
        insert("2026-12-01T02:00:00Z", "auditor-a", AuditEntry.of("UNIT_UPDATED", "org_unit", unit, "团市委机关党总支"));
        SignIn.as(Role.ADMIN);
    }

    private void insert(String at, String user, AuditEntry entry) {
        // the log is append-only: an entry of another time is inserted with its time, as AuditService writes it
        jdbc.sql("""
                insert into audit_log (at, username, action, entity_type, entity_id, detail, unit_id, period_id,
                                       before_value, after_value)
                values (cast(? as timestamptz), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(at, user, entry.action(), entry.entityType(), entry.entityId(), entry.detail(), entry.unitId(),
                        entry.periodId(), entry.before(), entry.after()).update();
    }

    private List<String> kinds(AuditFilter filter) {
        return service.page(filter, 0, 50).stream().filter(r -> r.username().startsWith("auditor-"))
                .map(r -> r.kindLabel() + "|" + (r.unitName() == null ? "" : r.unitName()) + "|"
                        + (r.periodName() == null ? "" : r.periodName()))
                .toList();
    }

    @Test
    void filters_by_china_day_user_unit_and_kind() {
        assertEquals(List.of("修改单位|团市委机关党总支|", "修改评分|团市委机关党总支|2026年上半年", "新增用户||"),
                kinds(AuditFilter.ALL));
        // the day of 2026-12-01 in China time starts at 16:00 UTC of 11-30
        assertEquals(List.of("修改单位|团市委机关党总支|", "修改评分|团市委机关党总支|2026年上半年"),
                kinds(new AuditFilter(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null, null, null)));
        assertEquals(List.of("新增用户||"),
                kinds(new AuditFilter(null, LocalDate.of(2026, 11, 30), null, null, null)));
        assertEquals(List.of("修改单位|团市委机关党总支|", "新增用户||"),
                kinds(new AuditFilter(null, null, "auditor-a", null, null)));
        assertEquals(List.of("修改单位|团市委机关党总支|", "修改评分|团市委机关党总支|2026年上半年"),
                kinds(new AuditFilter(null, null, null, unit, null)));
        assertEquals(List.of("修改评分|团市委机关党总支|2026年上半年"),
                kinds(new AuditFilter(null, null, null, unit, "ASSESSMENT_SAVED")));
        assertEquals(1, service.count(new AuditFilter(null, null, "auditor-b", null, null)));
    }

    @Test
    void the_export_holds_the_filtered_rows_with_formulas_kept_as_text() throws Exception {
        byte[] bytes = service.export(new AuditFilter(null, null, "auditor-b", null, null)).bytes();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(cells);
            }
        }
        assertEquals(List.of("筛选条件", "用户 auditor-b"), rows.get(1));
        assertEquals(List.of("时间", "用户", "类型", "单位", "报送期", "摘要", "修改前", "修改后"), rows.get(3));
        assertEquals(List.of(List.of("2026-12-01 00:30", "auditor-b", "修改评分", "团市委机关党总支", "2026年上半年",
                "总分 80.00", "总分 70.00，一般", "'=SUM(A1)")), rows.subList(4, rows.size()));
    }

    @Test
    void only_administrators_read_the_log() {
        SignIn.as(Role.LEADER);
        assertThrows(AccessDeniedException.class, () -> service.count(AuditFilter.ALL));
        assertThrows(AccessDeniedException.class, () -> service.export(AuditFilter.ALL));
    }
}
