package com.jgdj.dashboard.auditlog;

import java.time.LocalDate;

/** The audit page's filter: days in China time (both inclusive), an exact username, a unit, an action code. */
public record AuditFilter(LocalDate from, LocalDate to, String username, Long unitId, String kind) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
