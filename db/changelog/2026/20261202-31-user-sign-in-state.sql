--liquibase formatted sql

--changeset jgdj:20261202-31
-- Sign-in state of a user: failed attempts in a row and the lock they caused, a password the user must replace
-- at the next sign-in (new users, resets), and the last successful sign-in. Written by the sign-in itself, never
-- by a user edit, so a failed sign-in never conflicts with an administrator's edit (no version bump).
alter table app_user
    add column failed_count         integer     not null default 0,
    add column locked_until         timestamptz,
    add column must_change_password boolean     not null default false,
    add column last_sign_in_at      timestamptz,
    add constraint app_user_failed_count_ck check (failed_count >= 0);
