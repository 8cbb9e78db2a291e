package com.jgdj.dashboard.audit;

/**
 * One audited action: what was done ({@code action}, e.g. ASSESSMENT_SAVED) to which row, a summary, and where the
 * log has them the unit and period it concerns and the value before and after.
 */
public record AuditEntry(String action, String entityType, Long entityId, String detail, Long unitId, Long periodId,
                         String before, String after) {

    public static AuditEntry of(String action, String entityType, Long entityId, String detail) {
        return new AuditEntry(action, entityType, entityId, detail, null, null, null, null);
    }

    public AuditEntry unit(Long unit) {
        return new AuditEntry(action, entityType, entityId, detail, unit, periodId, before, after);
    }

    public AuditEntry period(Long period) {
        return new AuditEntry(action, entityType, entityId, detail, unitId, period, before, after);
    }

    public AuditEntry change(String beforeValue, String afterValue) {
        return new AuditEntry(action, entityType, entityId, detail, unitId, periodId, beforeValue, afterValue);
    }
}
