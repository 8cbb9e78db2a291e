--liquibase formatted sql

--changeset jgdj:20261202-41 splitStatements:false
-- audit rows are append-only: the database itself refuses to change or remove them, whoever asks; only the owner
-- of the table (the migration role, never the application's) could drop or disable this trigger
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege', hint = 'Audit entries are never changed or removed.';
end
$$;

create trigger audit_log_append_only
    before update or delete or truncate on audit_log
    for each statement execute function audit_log_append_only();
