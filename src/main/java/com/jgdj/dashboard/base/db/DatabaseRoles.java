package com.jgdj.dashboard.base.db;

/**
 * The database roles: Liquibase migrates as the owner of the schema; the application connects as {@link #APP}, which
 * has only the DML it needs and owns nothing, so it can neither drop nor disable the audit log's append-only trigger.
 * An external database's DBA creates both roles (the app role with exactly this name, see the changelog's grants).
 */
public final class DatabaseRoles {

    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "dashboard_owner";
    public static final String APP = "dashboard_app";

    private DatabaseRoles() {
    }
}
