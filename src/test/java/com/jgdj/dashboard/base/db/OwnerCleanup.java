package com.jgdj.dashboard.base.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.function.Consumer;

/**
 * Tests that commit leave the shared test cluster as they found it; audit rows can only be removed by the schema's
 * owner with the append-only trigger disabled for that one transaction (the application's role can do neither).
 */
public final class OwnerCleanup {

    private OwnerCleanup() {
    }

    /** Runs the work as the owner in one transaction while the audit log's trigger is disabled. */
    public static void run(EmbeddedDatabase database, Consumer<JdbcClient> work) {
        DataSource owner = database.owner();
        JdbcClient jdbc = JdbcClient.create(owner);
        new TransactionTemplate(new DataSourceTransactionManager(owner)).executeWithoutResult(tx -> {
            jdbc.sql("alter table audit_log disable trigger audit_log_append_only").update();
            work.accept(jdbc);
            jdbc.sql("alter table audit_log enable trigger audit_log_append_only").update();
        });
    }
}
