package com.jgdj.dashboard.audit;

import com.jgdj.dashboard.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Appends to the audit log inside the caller's transaction, so a rolled-back change leaves no entry. Each entry's
 * time is the application's {@link Clock} (not the database's {@code now()}), like every other time the app records.
 */
@Service
public class AuditService {

    /** The width of {@code audit_log.username}: a typed (unknown) user name is cut to it. */
    static final int USERNAME_LENGTH = 50;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Long entityId, String detail) {
        record(AuditEntry.of(action, entityType, entityId, detail));
    }

    /** An action of the signed-in user, with the unit, period and before/after values the entry carries. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        recordAs(currentUser.username(), entry);
    }

    /** An action done under a name that is not (yet) signed in: a sign-in and its failures. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String username, AuditEntry entry) {
        String name = username == null || username.isBlank() ? "（空）"
                : username.length() > USERNAME_LENGTH ? username.substring(0, USERNAME_LENGTH) : username;
        jdbc.sql("""
                        insert into audit_log (at, username, action, entity_type, entity_id, detail, unit_id, period_id,
                                               before_value, after_value)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.now(clock), name, entry.action(), entry.entityType(), entry.entityId(), entry.detail(), entry.unitId(),
                        entry.periodId(), entry.before(), entry.after())
                .update();
    }
}
