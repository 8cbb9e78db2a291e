package com.jgdj.dashboard.auditlog;

import java.time.OffsetDateTime;

/** One audit log entry with the unit and period it concerns, where the log or its entity says. */
public record AuditRow(long id, OffsetDateTime at, String username, String kind, String entityType, Long entityId,
                       String unitName, String periodName, String detail, String before, String after) {

    public String kindLabel() {
        return AuditKind.of(kind).label();
    }
}
