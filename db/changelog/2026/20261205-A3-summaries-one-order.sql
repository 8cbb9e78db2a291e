--liquibase formatted sql

--changeset jgdj:20261205-A3 splitStatements:false
-- At commit, the first deferred trigger of a transaction brings every summary it changed up to date, always in the
-- same order: ranks, then medians, then dimension points, each in period order. Two transactions that wrote the same
-- periods (one its scores first, the other its assessment first) thus take the per-period advisory locks in one
-- global order and cannot deadlock on them.
create function period_summaries_settle() returns void language plpgsql as $$
begin
    perform period_rank_settle();
    perform period_stats_settle();
end
$$;

create or replace function period_rank_at_commit() returns trigger language plpgsql as $$
begin
    perform period_summaries_settle();
    return null;
end
$$;

create or replace function period_stats_at_commit() returns trigger language plpgsql as $$
begin
    perform period_summaries_settle();
    return null;
end
$$;
