--liquibase formatted sql

--changeset jgdj:20261206-A2 splitStatements:false
-- The overview's counts per period and category, for the committee (every graded result, whatever its status): the
-- active units, their latest reports (on time, with flags), their graded results (by grade, the sum of the totals,
-- the totals in steps of 5 from 55 to 100) and the 双约谈 held. The overview without a unit filter adds these rows up
-- (20 periods × the categories) instead of counting every unit of the period. Kept like the other summaries
-- (20261205-A1/A2): row triggers note ',c3,' (period 3: a report, a grade or a 双约谈 of it changed, or it is new) or
-- ',c*,' (every period: a unit added, removed, switched on or off or moved to another category) in jgdj.stats_periods, and the period is counted again at commit, after the
-- ranks, medians, points and violations.
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
    primary key (period_id, category_id),
    constraint period_category_counts_bins_ck check (cardinality(score_bins) = 10)
);

-- score_bins[k]: graded units whose total lies in [50 + 5k, 55 + 5k), the first bin also holding those below 55 and
-- the last exactly 100 (as the overview's histogram puts them).
create function refresh_period_category_counts(p_period bigint) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(20261209, p_period::integer);
    delete from period_category_counts where period_id = p_period;
    insert into period_category_counts (period_id, category_id, units, received, on_time, flagged_reports, graded,
                                        total_sum, excellent, good, fair, poor, interviews_held, score_bins)
    select p_period, x.category_id, count(*), count(x.report), count(x.report) filter (where not x.late),
           count(x.report) filter (where x.flag_count > 0), count(x.total), coalesce(sum(x.total), 0),
           count(*) filter (where x.grade = 'EXCELLENT'), count(*) filter (where x.grade = 'GOOD'),
           count(*) filter (where x.grade = 'FAIR'), count(*) filter (where x.grade = 'POOR'),
           count(x.interview),
           array[count(*) filter (where x.bin = 55), count(*) filter (where x.bin = 60),
                 count(*) filter (where x.bin = 65), count(*) filter (where x.bin = 70),
                 count(*) filter (where x.bin = 75), count(*) filter (where x.bin = 80),
                 count(*) filter (where x.bin = 85), count(*) filter (where x.bin = 90),
                 count(*) filter (where x.bin = 95), count(*) filter (where x.bin = 100)]
    from (
        select u.category_id, s.id as report, s.late, s.flag_count, a.total, a.grade, i.id as interview,
               case when a.total is not null then greatest(55, least(100, floor(a.total / 5) * 5))::int end as bin
        from org_unit u
        left join submission s on s.unit_id = u.id and s.period_id = p_period and s.latest
        left join assessment a on a.unit_id = u.id and a.period_id = p_period and a.grade is not null
        left join interview i on i.unit_id = u.id and i.period_id = p_period and i.held_on is not null
        where u.active
    ) x
    group by x.category_id;
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
    else
        periods := array[case when tg_op <> 'INSERT' then old.period_id end,
                         case when tg_op <> 'DELETE' then new.period_id end];
    end if;
    foreach period in array periods loop
        if period is not null and position(',c' || case period when -1 then '*' else period::text end || ','
                                           in noted) = 0 then
            noted := noted || ',c' || case period when -1 then '*' else period::text end || ',';
        end if;
    end loop;
    perform set_config('jgdj.stats_periods', noted, true);
    return null;
end
$$;

create function period_counts_settle(noted text) returns void language plpgsql as $$
declare
    period bigint;
begin
    if noted = '' then
        return;
    end if;
    for period in select id from reporting_period
                  where position(',c*,' in noted) > 0 or position(',c' || id || ',' in noted) > 0 order by id loop
        perform refresh_period_category_counts(period);
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

create trigger reporting_period_counts_note after insert on reporting_period
    for each row execute function period_counts_note();
create constraint trigger reporting_period_counts_at_commit after insert on reporting_period
    deferrable initially deferred for each row execute function period_stats_at_commit();

select refresh_period_category_counts(id) from reporting_period order by id;
