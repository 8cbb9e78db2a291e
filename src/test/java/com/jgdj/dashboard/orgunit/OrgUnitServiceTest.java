package com.jgdj.dashboard.orgunit;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
class OrgUnitServiceTest {

    @Autowired
    OrgUnitService service;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    long category;
    long unit;

    @BeforeEach
    void setUp() {
        category = data.category("经济部门", 2);
        unit = data.unit("市财政局机关党委", category, "机关党委", "陈静", true);
        signIn(Role.ADMIN, null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(Role role, Long unitId) {
        SignIn.as(role, unitId);
    }

    @Test
    void a_concurrent_edit_is_refused_and_the_first_save_is_kept() {
        OrgUnitForm loaded = service.details(unit).orElseThrow().toForm();
        service.save(withSecretary(loaded, "第一位编辑"));
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> service.save(withSecretary(loaded, "第二位编辑")));
        assertEquals("该单位已被他人修改，请重新打开后再编辑。", conflict.getMessage());
        assertEquals("第一位编辑", service.details(unit).orElseThrow().secretaryName());
    }

    @Test
    void invalid_input_is_refused_with_chinese_messages_and_changes_nothing() {
        long before = count();
        UserInputException e = assertThrows(UserInputException.class, () -> service.save(
                new OrgUnitForm(null, null, " ", null, null, null, OrgType.党委, null, null, null, true)));
        assertEquals("请填写单位名称；请选择单位类别", e.getMessage());
        assertEquals(before, count());
    }

    @Test
    void every_change_is_written_to_the_audit_log() {
        long id = service.save(new OrgUnitForm(null, null, "市审计局机关党委", "审计局", category, null, OrgType.机关党委,
                "孙丽", null, null, true));
        assertEquals("admin|UNIT_CREATED|市审计局机关党委", jdbc.sql(
                "select username || '|' || action || '|' || detail from audit_log where entity_id = ? and entity_type = 'org_unit'")
                .param(id).query(String.class).single());
    }

    @Test
    void only_an_administrator_may_change_units() {
        signIn(Role.ASSESSOR, null);
        OrgUnitForm form = OrgUnitForm.empty();
        assertThrows(AccessDeniedException.class, () -> service.save(form));
    }

    @Test
    void a_reporter_reads_only_its_own_unit_in_the_service() {
        long other = data.unit("市公安局党委", category, "党委", null, true);
        signIn(Role.REPORTER, unit);
        assertEquals(1, service.count(OrgUnitFilter.NONE));
        assertEquals(true, service.details(other).isEmpty());
    }

    private long count() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
    }

    private static OrgUnitForm withSecretary(OrgUnitForm f, String secretary) {
        return new OrgUnitForm(f.id(), f.version(), f.name(), f.shortName(), f.categoryId(), f.parentId(), f.orgType(),
                secretary, f.contactName(), f.contactPhone(), f.active());
    }
}
