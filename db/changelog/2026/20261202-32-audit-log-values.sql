--liquibase formatted sql

--changeset jgdj:20261202-32
-- Before and after values of a change (a score, a grade, a role), and the unit and period it concerns when the
-- entity alone does not say, so the audit page can show and filter them.
alter table audit_log
    add column unit_id      bigint,
    add column period_id    bigint,
    add column before_value text,
    add column after_value  text;

create index audit_log_username_idx on audit_log (username, at desc);
