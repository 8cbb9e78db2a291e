package com.jgdj.dashboard.base.db;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** On the embedded cluster as the application runs it: SCRAM everywhere, an app role that owns nothing, append-only audit rows. */
@SpringBootTest
class AuditLogAppendOnlyTest {

    private static final String INSERT = """
            insert into audit_log (username, action, entity_type, entity_id, detail)
            values ('admin', 'TEST', 'org_unit', 1, 'before')""";

    @Autowired
    EmbeddedDatabase database;
    @Autowired
    DataSource dataSource;
    @Autowired
    DatabaseRoleCheck roleCheck;

    @Test
    void the_application_connects_as_the_app_role() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select current_user, (select tableowner from pg_tables where tablename = 'audit_log')")) {
            rs.next();
            assertEquals("dashboard_app", rs.getString(1));
            assertEquals("dashboard_owner", rs.getString(2));
        }
        assertFalse(roleCheck.canAlterTheAuditLog());
    }

    @Test
    void a_connection_without_a_password_or_with_a_wrong_one_is_refused() {
        SQLException none = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(database.jdbcUrl(), user("postgres", null)).close());
        assertEquals("The server requested SCRAM-based authentication, but no password was provided.", none.getMessage());
        SQLException wrong = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(database.jdbcUrl(), user("postgres", "postgres")).close());
        assertEquals("FATAL: password authentication failed for user \"postgres\"", wrong.getMessage());
    }

    @Test
    void the_app_role_can_neither_disable_nor_drop_the_trigger_nor_the_table() {
        for (String sql : new String[] {"alter table audit_log disable trigger audit_log_append_only",
                "alter table audit_log disable trigger all", "drop table audit_log"}) {
            assertEquals("ERROR: must be owner of table audit_log", failure(dataSource, sql), sql);
        }
        assertEquals("ERROR: must be owner of relation audit_log",
                failure(dataSource, "drop trigger audit_log_append_only on audit_log"));
        assertEquals("ERROR: must be owner of function audit_log_append_only",
                failure(dataSource, "drop function audit_log_append_only() cascade"));
        assertEquals("ERROR: permission denied to set parameter \"session_replication_role\"",
                failure(dataSource, "set session_replication_role = replica"));
    }

    @Test
    void the_app_role_may_add_audit_rows_but_not_change_or_remove_them() {
        assertEquals("ERROR: permission denied for table audit_log",
                failure(dataSource, "update audit_log set detail = 'after' where action = 'TEST'"));
        assertEquals("ERROR: permission denied for table audit_log",
                failure(dataSource, "delete from audit_log where action = 'TEST'"));
        assertEquals("ERROR: permission denied for table audit_log", failure(dataSource, "truncate audit_log"));
    }

    /** Even the owner, who has every privilege, meets the trigger. */
    @Test
    void update_delete_and_truncate_fail_with_the_triggers_message() {
        DataSource owner = database.owner();
        String hint = "\n  Hint: Audit entries are never changed or removed.\n  Where: PL/pgSQL function audit_log_append_only() line 3 at RAISE";
        assertEquals("ERROR: audit_log is append-only: UPDATE refused" + hint,
                failure(owner, "update audit_log set detail = 'after' where action = 'TEST'"));
        assertEquals("ERROR: audit_log is append-only: DELETE refused" + hint,
                failure(owner, "delete from audit_log where action = 'TEST'"));
        assertEquals("ERROR: audit_log is append-only: TRUNCATE refused" + hint, failure(owner, "truncate audit_log"));
    }

    /** Runs an audit insert and then the statement in one transaction, rolled back; returns the statement's error. */
    private static String failure(DataSource role, String sql) {
        try (Connection c = role.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                if (!sql.startsWith("set ")) {
                    insertAuditRow(s);
                }
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql));
                return e.getMessage();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void insertAuditRow(Statement s) throws SQLException {
        try {
            s.execute(INSERT);
        } catch (SQLException e) {
            throw new AssertionError("the insert itself must be allowed", e);
        }
    }

    private static Properties user(String name, String password) {
        Properties p = new Properties();
        p.setProperty("user", name);
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }
}
