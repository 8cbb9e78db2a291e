--liquibase formatted sql

--changeset jgdj:20261206-A4 splitStatements:false
-- Per period and status, the latest reports (of every unit): what the submissions list counts without a unit
-- filter, instead of counting every latest report of every period. Counted again with the period's
-- period_category_counts (20261206-A2), and when a report's status changes.
create table period_status_reports (
    period_id  bigint       not null references reporting_period (id) on delete cascade,
    status     varchar(10)  not null,
    reports    integer      not null,
    primary key (period_id, status),
    constraint period_status_reports_status_ck check (status in ('SUBMITTED', 'RETURNED', 'ACCEPTED'))
);

create function refresh_period_status_reports(p_period bigint) returns void language plpgsql as $$
begin
    delete from period_status_reports where period_id = p_period;
    insert into period_status_reports (period_id, status, reports)
    select p_period, s.status, count(*) from submission s where s.period_id = p_period and s.latest group by s.status;
end
$$;

-- As 20261206-A2's, counting the period's reports by status too (under the same per-period lock).
create or replace function period_counts_settle(noted text) returns void language plpgsql as $$
declare
    period bigint;
begin
    if noted = '' then
        return;
    end if;
    for period in select p.id from reporting_period p
                  where position(',c*,' in noted) > 0 or position(',c' || p.id || ',' in noted) > 0
                     or position(',v*,' in noted) > 0 or position(',m' || p.id || ',' in noted) > 0
                     or (p.kind = 'ANNUAL' and exists (
                            select 1 from reporting_period h
                            where h.year = p.year and h.kind = 'H1' and position(',m' || h.id || ',' in noted) > 0))
                  order by p.id loop
        perform refresh_period_category_counts(period);
        perform refresh_period_status_reports(period);
    end loop;
end
$$;

create trigger submission_status_counts_note after update on submission
    for each row when (old.status is distinct from new.status)
    execute function period_counts_note();

select refresh_period_status_reports(id) from reporting_period order by id;
