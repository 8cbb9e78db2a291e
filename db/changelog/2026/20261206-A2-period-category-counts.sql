--liquibase formatted sql

--changeset jgdj:20261206-A2 splitStatements:false
-- The overview's counts per period and category, for the committee (every graded result, whatever its status): the
-- active units, their latest reports (on time, with flags), their graded results (by grade, the sum of the totals,
-- the totals in steps of 5 from 55 to 100) and the 双约谈 held; and, over every unit of the category as the findings
-- lists take them, the count rules' violations (period_rule_violation, 20261206-A1) and the plan items of the latest
-- reports not carried out (plan_delivery_item). The overview without a unit filter adds these rows up (20 periods ×
-- the categories) instead of counting every unit of the period. Kept like the other summaries (20261205-A1/A2): row
-- triggers note ',c3,' (period 3: a report, a grade, a 双约谈 or a plan delivery of it changed, or it is new) or
-- ',c*,' (every period: a unit added, removed, switched on or off or moved to another category) in
-- jgdj.stats_periods, and the period is counted again at commit, after the ranks, medians, points and violations
-- (and whenever its violations were computed again).
create table period_category_counts (
    period_id        bigint         not null references reporting_period (id) on delete cascade,
    category_id      bigint         not null references category (id) on delete cascade,
    units            integer        not null,
    received         integer        not null,
    on_time          integer        not null,
    flagged_reports  integer        not null,
    graded           integer        not null,
    total_sum        numeric(12, 1) not null,
    excellent        integer        not null,
    good             integer        not null,
    fair             integer        not null,
    poor             integer        not null,
    interviews_held  integer        not null,
    score_bins       integer[]      not null,
    rule_violations       integer   not null,
    uncovered_plan_items  integer   not null,
    primary key (period_id, category_id),
    constraint period_category_counts_bins_ck check (cardinality(score_bins) = 10)
);

-- score_bins[k]: graded units whose total lies in [50 + 5k, 55 + 5k), the first bin also holding those below 55 and
-- the last exactly 100 (as the overview's histogram puts them). A category whose units are all switched off keeps a
-- row (its units' findings still count) with no units.
create function refresh_period_category_counts(p_period bigint) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(20261209, p_period::integer);
    delete from period_category_counts where period_id = p_period;
    insert into period_category_counts (period_id, category_id, units, received, on_time, flagged_reports, graded,
                                        total_sum, excellent, good, fair, poor, interviews_held, score_bins,
                                        rule_violations, uncovered_plan_items)
    select p_period, c.category_id, coalesce(a.units, 0), coalesce(a.received, 0), coalesce(a.on_time, 0),
           coalesce(a.flagged_reports, 0), coalesce(a.graded, 0), coalesce(a.total_sum, 0), coalesce(a.excellent, 0),
           coalesce(a.good, 0), coalesce(a.fair, 0), coalesce(a.poor, 0), coalesce(a.interviews_held, 0),
           coalesce(a.score_bins, array_fill(0, array[10])), coalesce(v.violations, 0), coalesce(g.items, 0)
    from (select distinct category_id from org_unit) c
    left join (
        select x.category_id, count(*) as units, count(x.report) as received,
               count(x.report) filter (where not x.late) as on_time,
               count(x.report) filter (where x.flag_count > 0) as flagged_reports, count(x.total) as graded,
               coalesce(sum(x.total), 0) as total_sum,
               count(*) filter (where x.grade = 'EXCELLENT') as excellent, count(*) filter (where x.grade = 'GOOD') as good,
               count(*) filter (where x.grade = 'FAIR') as fair, count(*) filter (where x.grade = 'POOR') as poor,
               count(x.interview) as interviews_held,
               array[count(*) filter (where x.bin = 55), count(*) filter (where x.bin = 60),
                     count(*) filter (where x.bin = 65), count(*) filter (where x.bin = 70),
                     count(*) filter (where x.bin = 75), count(*) filter (where x.bin = 80),
                     count(*) filter (where x.bin = 85), count(*) filter (where x.bin = 90),
                     count(*) filter (where x.bin = 95), count(*) filter (where x.bin = 100)]::integer[] as score_bins
        from (
            select u.category_id, s.id as report, s.late, s.flag_count, a.total, a.grade, i.id as interview,
                   case when a.total is not null then greatest(55, least(100, floor(a.total / 5) * 5))::int end as bin
            from org_unit u
            left join submission s on s.unit_id = u.id and s.period_id = p_period and s.latest
            left join assessment a on a.unit_id = u.id and a.period_id = p_period and a.grade is not null
            left join interview i on i.unit_id = u.id and i.period_id = p_period and i.held_on is not null
            where u.active
        ) x
        group by x.category_id
    ) a on a.category_id = c.category_id
    left join (
        select u.category_id, count(*) as violations
        from period_rule_violation r join org_unit u on u.id = r.unit_id
        where r.period_id = p_period
        group by u.category_id
    ) v on v.category_id = c.category_id
    left join (
        select u.category_id, count(*) as items
        from submission s
        join org_unit u on u.id = s.unit_id
        join plan_delivery_item i on i.submission_id = s.id and not i.covered
        where s.period_id = p_period and s.latest
        group by u.category_id
    ) g on g.category_id = c.category_id;
end
$$;

-- Per period and status, the latest reports (of every unit): what the submissions list counts without a unit
-- filter, instead of counting every latest report of every period. Counted again with the period's
-- period_category_counts, and when a report's status changes.
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

create function period_counts_note() returns trigger language plpgsql as $$
declare
    noted text := coalesce(current_setting('jgdj.stats_periods', true), '');
    periods bigint[];
    period bigint;
begin
    if position(',c*,' in noted) > 0 then
        return null;
    end if;
    if tg_table_name = 'org_unit' then
        periods := array[-1];
    elsif tg_table_name = 'reporting_period' then
        periods := array[new.id];
    elsif tg_table_name = 'plan_delivery' then
        select array_agg(s.period_id) into periods from submission s
        where s.id in (case when tg_op <> 'INSERT' then old.submission_id end,
                       case when tg_op <> 'DELETE' then new.submission_id end);
    else
        periods := array[case when tg_op <> 'INSERT' then old.period_id end,
                         case when tg_op <> 'DELETE' then new.period_id end];
    end if;
    foreach period in array coalesce(periods, array[]::bigint[]) loop
        if period is not null and position(',c' || case period when -1 then '*' else period::text end || ','
                                           in noted) = 0 then
            noted := noted || ',c' || case period when -1 then '*' else period::text end || ',';
        end if;
    end loop;
    perform set_config('jgdj.stats_periods', noted, true);
    return null;
end
$$;

-- The noted periods, and those whose violations were computed again (period_violation_periods, 20261206-A1).
create function period_counts_settle(noted text) returns void language plpgsql as $$
declare
    period bigint;
begin
    if noted = '' then
        return;
    end if;
    for period in select p.id from reporting_period p
                  where position(',c*,' in noted) > 0 or position(',c' || p.id || ',' in noted) > 0
                  union
                  select period_violation_periods(noted)
                  order by 1 loop
        perform refresh_period_category_counts(period);
        perform refresh_period_status_reports(period);
    end loop;
end
$$;

create or replace function period_summaries_settle() returns void language plpgsql as $$
declare
    noted text := coalesce(current_setting('jgdj.stats_periods', true), '');
begin
    perform period_rank_settle();
    perform period_stats_settle();
    perform period_violations_settle(noted);
    perform period_counts_settle(noted);
end
$$;

create trigger submission_counts_note_insert_delete after insert or delete on submission
    for each row execute function period_counts_note();
create trigger submission_counts_note_update after update on submission
    for each row when (old.latest is distinct from new.latest or old.late is distinct from new.late
                       or old.flag_count is distinct from new.flag_count
                       or old.period_id is distinct from new.period_id or old.unit_id is distinct from new.unit_id)
    execute function period_counts_note();

create trigger submission_status_counts_note after update on submission
    for each row when (old.status is distinct from new.status)
    execute function period_counts_note();

create trigger assessment_counts_note_insert_delete after insert or delete on assessment
    for each row execute function period_counts_note();
create trigger assessment_counts_note_update after update on assessment
    for each row when (old.period_id is distinct from new.period_id or old.unit_id is distinct from new.unit_id
                       or old.grade is distinct from new.grade or old.total is distinct from new.total)
    execute function period_counts_note();

create trigger interview_counts_note_insert_delete after insert or delete on interview
    for each row execute function period_counts_note();
create trigger interview_counts_note_update after update on interview
    for each row when (old.period_id is distinct from new.period_id or old.unit_id is distinct from new.unit_id
                       or old.held_on is distinct from new.held_on)
    execute function period_counts_note();
create constraint trigger interview_counts_at_commit after insert or update or delete on interview
    deferrable initially deferred for each row execute function period_stats_at_commit();

create trigger org_unit_counts_note_insert_delete after insert or delete on org_unit
    for each row execute function period_counts_note();
create trigger org_unit_counts_note_update after update on org_unit
    for each row when (old.active is distinct from new.active or old.category_id is distinct from new.category_id)
    execute function period_counts_note();
create constraint trigger org_unit_counts_at_commit after insert or delete on org_unit
    deferrable initially deferred for each row execute function period_stats_at_commit();

create trigger plan_delivery_counts_note after insert or update or delete on plan_delivery
    for each row execute function period_counts_note();
create constraint trigger plan_delivery_counts_at_commit after insert or update or delete on plan_delivery
    deferrable initially deferred for each row execute function period_stats_at_commit();

create trigger reporting_period_counts_note after insert on reporting_period
    for each row execute function period_counts_note();
create constraint trigger reporting_period_counts_at_commit after insert on reporting_period
    deferrable initially deferred for each row execute function period_stats_at_commit();

select refresh_period_category_counts(id), refresh_period_status_reports(id) from reporting_period order by id;
