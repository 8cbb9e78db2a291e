package com.jgdj.dashboard.account;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class UserServiceTest {

    @Autowired
    UserService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;
    @Autowired
    PasswordEncoder encoder;

    long unit;
    long otherUnit;
    long auditBefore;

    @BeforeEach
    void setUp() {
        long category = data.category("群团组织", 1);
        unit = data.unit("团市委机关党总支", category, "党总支", "王晓明", true);
        otherUnit = data.unit("市妇联机关党支部", category, "党支部", "李红", true);
        auditBefore = jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
        SignIn.as(Role.ADMIN);
    }

    private UserRow row(long id) {
        return service.page("", 0, 100).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private List<String> audit() {
        return jdbc.sql("""
                        select action || '|' || coalesce(before_value, '') || '|' || coalesce(after_value, '')
                        from audit_log where id > ? order by id""")
                .param(auditBefore).query(String.class).list();
    }

    @Test
    void password_rules_minimum_length_and_no_username() {
        assertEquals("密码至少需要8位", assertThrows(UserInputException.class,
                () -> PasswordRules.check("zhang", "Abc1234")).getMessage());
        assertEquals("密码不能包含用户名", assertThrows(UserInputException.class,
                () -> PasswordRules.check("zhang", "xxZHANG123")).getMessage());
        PasswordRules.check("zhang", "Abc12345");
        // eight Chinese characters are eight characters
        PasswordRules.check("zhang", "党建考核看板密码");
    }

    @Test
    void an_administrator_creates_a_reporter_bound_to_its_unit_who_must_change_the_password() {
        long id = service.create(new UserForm(null, null, "tsw", "团市委联络员", Role.REPORTER, unit, "Start-2026"));
        UserRow row = row(id);
        assertEquals(Role.REPORTER, row.role());
        assertEquals("团市委机关党总支", row.unitName());
        assertTrue(row.mustChangePassword());
        assertTrue(row.enabled());
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(id).query(String.class).single();
        assertTrue(encoder.matches("Start-2026", hash));
        assertEquals(List.of("USER_CREATED||姓名：团市委联络员，角色：单位联络员，单位：团市委机关党总支"), audit());

        SignIn.asUser(id, "tsw", Role.REPORTER);
        assertTrue(service.mustChangePassword());
        assertEquals("当前密码不正确", assertThrows(UserInputException.class,
                () -> service.changeOwnPassword("wrong", "Another-2026")).getMessage());
        assertEquals("密码不能包含用户名", assertThrows(UserInputException.class,
                () -> service.changeOwnPassword("Start-2026", "my-tsw-2026")).getMessage());
        service.changeOwnPassword("Start-2026", "Another-2026");
        assertFalse(service.mustChangePassword());
    }

    @Test
    void a_reporter_needs_a_unit_and_duplicates_and_short_passwords_are_refused() {
        assertEquals("单位联络员须绑定一个单位", assertThrows(UserInputException.class, () -> service.create(
                new UserForm(null, null, "tsw", "联络员", Role.REPORTER, null, "Start-2026"))).getMessage());
        assertEquals("密码至少需要8位", assertThrows(UserInputException.class, () -> service.create(
                new UserForm(null, null, "tsw", "联络员", Role.REPORTER, unit, "short"))).getMessage());
        service.create(new UserForm(null, null, "tsw", "联络员", Role.REPORTER, unit, "Start-2026"));
        assertEquals("用户名已存在：TSW", assertThrows(UserInputException.class, () -> service.create(
                new UserForm(null, null, "TSW", "联络员", Role.ASSESSOR, null, "Start-2026"))).getMessage());
        assertEquals(1, service.count("tsw"));
    }

    @Test
    void moving_a_reporter_to_another_unit_is_audited_and_a_stale_edit_is_refused() {
        long id = service.create(new UserForm(null, null, "tsw", "联络员", Role.REPORTER, unit, "Start-2026"));
        UserRow before = row(id);
        service.update(new UserForm(id, before.version(), "tsw", "联络员", Role.REPORTER, otherUnit, null));
        assertEquals("市妇联机关党支部", row(id).unitName());
        assertThrows(ConcurrentEditException.class, () -> service.update(
                new UserForm(id, before.version(), "tsw", "联络员", Role.ASSESSOR, null, null)));
        assertEquals(Role.REPORTER, row(id).role());
        assertEquals("USER_UPDATED|姓名：联络员，角色：单位联络员，单位：团市委机关党总支|姓名：联络员，角色：单位联络员，单位：市妇联机关党支部",
                audit().get(1));
    }

    @Test
    void the_last_enabled_administrator_can_be_neither_disabled_nor_demoted() {
        jdbc.sql("delete from app_user").update();
        long admin = service.create(new UserForm(null, null, "root", "管理员", Role.ADMIN, null, "Start-2026"));
        assertEquals("不能停用最后一个在用的系统管理员", assertThrows(UserInputException.class,
                () -> service.setEnabled(admin, row(admin).version(), false)).getMessage());
        assertEquals("不能更改最后一个在用系统管理员的角色", assertThrows(UserInputException.class,
                () -> service.update(new UserForm(admin, row(admin).version(), "root", "管理员", Role.LEADER, null,
                        null))).getMessage());
        long second = service.create(new UserForm(null, null, "root2", "管理员二", Role.ADMIN, null, "Start-2026"));
        service.setEnabled(admin, row(admin).version(), false);
        assertFalse(row(admin).enabled());
        assertEquals("不能停用最后一个在用的系统管理员", assertThrows(UserInputException.class,
                () -> service.setEnabled(second, row(second).version(), false)).getMessage());
        service.setEnabled(admin, row(admin).version(), true);
        assertEquals(List.of("USER_DISABLED|在用|已停用", "USER_ENABLED|已停用|在用"),
                audit().stream().filter(a -> a.startsWith("USER_DISABLED") || a.startsWith("USER_ENABLED")).toList());
    }

    @Test
    void a_reset_password_must_be_changed_and_only_administrators_manage_users() {
        long id = service.create(new UserForm(null, null, "zhang", "张三", Role.ASSESSOR, null, "Start-2026"));
        jdbc.sql("update app_user set must_change_password = false where id = ?").param(id).update();
        service.resetPassword(id, row(id).version(), "Reset-2026!");
        assertTrue(row(id).mustChangePassword());
        SignIn.as(Role.LEADER);
        assertThrows(AccessDeniedException.class, () -> service.page("", 0, 10));
        assertThrows(AccessDeniedException.class, () -> service.resetPassword(id, 0, "Reset-2026!"));
    }
}
