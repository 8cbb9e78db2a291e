package com.jgdj.dashboard.base.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the application's own connection could drop or disable the audit log's append-only trigger:
 * an external database run with one set of credentials (no {@code spring.liquibase.user}), or a superuser. The
 * application keeps working as before; the warning names what to configure.
 */
@Component
class DatabaseRoleCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

    private final JdbcClient jdbc;

    DatabaseRoleCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (canAlterTheAuditLog()) {
            log.warn("""
                    The application connects to the database as "{}", which owns the audit_log table or is a \
                    superuser: it could drop or disable the append-only trigger of the audit log. Let the DBA create \
                    an owner role for the migrations (spring.liquibase.user / spring.liquibase.password) and a role \
                    "{}" for the application (spring.datasource.username / spring.datasource.password), see README.""",
                    jdbc.sql("select current_user").query(String.class).single(), DatabaseRoles.APP);
        }
    }

    boolean canAlterTheAuditLog() {
        return jdbc.sql("""
                select r.rolsuper or pg_has_role(current_user, c.relowner, 'USAGE')
                from pg_class c join pg_roles r on r.rolname = current_user
                where c.oid = 'public.audit_log'::regclass""").query(Boolean.class).single();
    }
}
