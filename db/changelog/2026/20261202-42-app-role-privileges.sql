--liquibase formatted sql

--changeset jgdj:20261202-42 splitStatements:false
-- the application's role reads and writes rows and owns nothing; the audit log only grows; the changelog is
-- read-only; tables and sequences created by later changesets (run by this same owner role) get the same privileges
-- by default. Without a dashboard_app role (an external database run with one set of credentials) this changes nothing.
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'dashboard_app') and current_user <> 'dashboard_app' then
        grant usage on schema public to dashboard_app;
        grant select, insert, update, delete on all tables in schema public to dashboard_app;
        grant usage, select on all sequences in schema public to dashboard_app;
        revoke update, delete, truncate on audit_log from dashboard_app;
        revoke insert, update, delete on databasechangelog, databasechangeloglock from dashboard_app;
        alter default privileges in schema public grant select, insert, update, delete on tables to dashboard_app;
        alter default privileges in schema public grant usage, select on sequences to dashboard_app;
    end if;
end
$$;
