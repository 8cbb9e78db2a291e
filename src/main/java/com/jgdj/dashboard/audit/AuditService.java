package com.jgdj.dashboard.audit;

import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to the audit log inside the caller's transaction, so a rolled-back change leaves no entry. */
@Service
public class AuditService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    AuditService(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Long entityId, String detail) {
        jdbc.sql("insert into audit_log (username, action, entity_type, entity_id, detail) values (?, ?, ?, ?, ?)")
                .params(currentUser.username(), action, entityType, entityId, detail).update();
    }
}
