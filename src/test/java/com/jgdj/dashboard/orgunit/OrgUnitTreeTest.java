package com.jgdj.dashboard.orgunit;

import com.jgdj.dashboard.IntegrationTest;
import com.jgdj.dashboard.SignIn;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.base.UserInputException;
import com.jgdj.dashboard.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
class OrgUnitTreeTest {

    @Autowired
    OrgUnitService service;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    long category;
    long a;
    long b;
    long c;

    @BeforeEach
    void setUp() {
        category = data.category("综合部门", 1);
        a = data.unit("市委办公室机关党委", category, "机关党委", null, true);
        b = data.unit("市档案馆党支部", category, "党支部", null, true);
        c = data.unit("市信访局机关党支部", category, "党支部", null, true);
        SignIn.as(Role.ADMIN, null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_cycle_a_b_c_a_is_refused_with_a_chinese_message_and_nothing_changes() {
        setParent(b, a);
        setParent(c, b);
        UserInputException e = assertThrows(UserInputException.class, () -> setParent(a, c));
        assertEquals("不能把单位设为自己下级单位的下级：市信访局机关党支部 是 市委办公室机关党委 的下级单位", e.getMessage());
        assertEquals(List.of("市委办公室机关党委|", "市档案馆党支部|市委办公室机关党委", "市信访局机关党支部|市档案馆党支部"),
                parents());
    }

    @Test
    void a_unit_cannot_be_its_own_parent() {
        UserInputException e = assertThrows(UserInputException.class, () -> setParent(a, a));
        assertEquals("上级单位不能是本单位", e.getMessage());
        assertEquals(List.of("市委办公室机关党委|", "市档案馆党支部|", "市信访局机关党支部|"), parents());
    }

    @Test
    void the_database_refuses_a_cycle_too() {
        jdbc.sql("update org_unit set parent_id = ? where id = ?").params(a, b).update();
        jdbc.sql("update org_unit set parent_id = ? where id = ?").params(b, c).update();
        assertEquals("23514 org_unit %d cannot have parent %d: that unit lies below it".formatted(a, c),
                refusal(a, c));
    }

    /** Each refusal in its own test: the test's transaction ends at the first error. */
    @Test
    void the_database_refuses_a_self_parent() {
        assertEquals("23514 new row for relation \"org_unit\" violates check constraint \"org_unit_parent_ck\"",
                refusal(b, b));
    }

    @Test
    void a_change_of_parent_is_audited_with_before_and_after() {
        setParent(b, a);
        setParent(b, c);
        setParent(b, null);
        assertEquals(List.of("admin|市档案馆党支部 上级单位：无 → 市委办公室机关党委",
                        "admin|市档案馆党支部 上级单位：市委办公室机关党委 → 市信访局机关党支部",
                        "admin|市档案馆党支部 上级单位：市信访局机关党支部 → 无"),
                jdbc.sql("""
                        select username || '|' || detail from audit_log
                        where action = 'UNIT_PARENT_CHANGED' and entity_id = ? order by id""")
                        .param(b).query(String.class).list());
    }

    @Test
    void the_tree_lists_each_level_with_its_children_counted() {
        setParent(b, a);
        setParent(c, a);
        long d = data.unit("市委统战部机关党总支", category, "党总支", null, true);
        setParent(d, c);
        assertEquals(List.of("市委办公室机关党委 (2)"), level(null, OrgUnitFilter.NONE));
        assertEquals(List.of("市档案馆党支部 (0)", "市信访局机关党支部 (1)"), level(a, OrgUnitFilter.NONE));
        assertEquals(List.of("市委统战部机关党总支 (0)"), level(c, OrgUnitFilter.NONE));
        assertEquals(2, service.countChildren(a, OrgUnitFilter.NONE));
        assertEquals(1, service.countChildren(null, OrgUnitFilter.NONE));
    }

    @Test
    void the_name_filter_shows_the_matches_with_their_ancestors() {
        setParent(b, a);
        setParent(c, a);
        long d = data.unit("市委统战部机关党总支", category, "党总支", null, true);
        setParent(d, c);
        data.unit("市统计局机关党支部", category, "党支部", null, true);
        OrgUnitFilter united = new OrgUnitFilter("统战", null, true);
        assertEquals(List.of("市委办公室机关党委 (1)"), level(null, united));
        assertEquals(List.of("市信访局机关党支部 (1)"), level(a, united));
        assertEquals(List.of("市委统战部机关党总支 (0)"), level(c, united));
        OrgUnitFilter branches = new OrgUnitFilter("党支部", null, true);
        assertEquals(List.of("市统计局机关党支部 (0)", "市委办公室机关党委 (2)"), level(null, branches));
    }

    @Test
    void a_reporter_sees_only_its_own_unit_as_the_tree() {
        setParent(b, a);
        SignIn.as(Role.REPORTER, a);
        assertEquals(List.of("市委办公室机关党委 (0)"), level(null, OrgUnitFilter.NONE));
        assertEquals(List.of(), level(a, OrgUnitFilter.NONE));
    }

    private List<String> level(Long parent, OrgUnitFilter filter) {
        return service.children(parent, filter, 0, 50).stream().map(r -> r.name() + " (" + r.children() + ")")
                .toList();
    }

    private void setParent(long unit, Long parent) {
        OrgUnitForm f = service.details(unit).orElseThrow().toForm();
        service.save(new OrgUnitForm(f.id(), f.version(), f.name(), f.shortName(), f.categoryId(), parent,
                f.orgType(), f.secretaryName(), f.contactName(), f.contactPhone(), f.active()));
    }

    /** The SQL state and the first line of the database's message when it refuses {@code parent} for {@code unit}. */
    private String refusal(long unit, long parent) {
        DataAccessException e = assertThrows(DataAccessException.class,
                () -> jdbc.sql("update org_unit set parent_id = ? where id = ?").params(parent, unit).update());
        SQLException cause = (SQLException) e.getMostSpecificCause();
        return cause.getSQLState() + " " + cause.getMessage().lines().findFirst().orElseThrow()
                .replaceFirst("^ERROR: ", "");
    }

    private List<String> parents() {
        return jdbc.sql("""
                select u.name || '|' || coalesce(p.name, '') from org_unit u left join org_unit p on p.id = u.parent_id
                order by u.id""").query(String.class).list();
    }
}
