package com.jgdj.dashboard.audit;

import com.jgdj.dashboard.security.SignInEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes sign-ins, their failures and refusals, locks and their release to the audit log, in their transaction. */
@Component
class SignInAuditor {

    private final AuditService audit;

    SignInAuditor(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(SignInEvent event) {
        audit.recordAs(event.username(), AuditEntry.of(event.kind().name(), "app_user", event.userId(),
                event.detail()));
    }
}
