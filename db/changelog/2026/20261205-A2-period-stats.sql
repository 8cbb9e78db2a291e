--liquibase formatted sql

--changeset jgdj:20261205-A2 splitStatements:false
-- The city-wide figures the unit page sets a unit against, kept by the database like period_rank (20261205-A1), so
-- that a unit page reads a few rows instead of aggregating every unit of the period:
-- period_count_median: per period, indicator and measure word, the median over the units whose latest report states
--   the count (each unit's counts summed) and how many units that is;
-- period_dimension_points: per period, category and dimension, the points scored and how many scores (averages of
--   the city and of one category are sums over these rows), over every graded result and over published ones.
create table period_count_median (
    period_id        bigint           not null references reporting_period (id) on delete cascade,
    indicator_id     bigint           not null references indicator (id) on delete cascade,
    unit             varchar(10)      not null,
    median           double precision not null,
    reporting_units  integer          not null,
    primary key (period_id, indicator_id, unit)
);

create table period_dimension_points (
    period_id       bigint        not null references reporting_period (id) on delete cascade,
    published_only  boolean       not null,
    category_id     bigint        not null references category (id) on delete cascade,
    dimension_id    bigint        not null references scheme_dimension (id) on delete cascade,
    points          numeric(12, 1) not null,
    scores          integer       not null,
    primary key (period_id, published_only, dimension_id, category_id)
);

create function refresh_period_count_median(p_period bigint) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(20261206, p_period::integer);
    delete from period_count_median where period_id = p_period;
    insert into period_count_median (period_id, indicator_id, unit, median, reporting_units)
    select p_period, c.indicator_id, c.unit, percentile_cont(0.5) within group (order by c.count), count(*)
    from (
        select s.unit_id, m.indicator_id, m.unit, sum(m.number) as count
        from submission s
        cross join lateral (
            select m.indicator_id, m.unit, m.number from submission_metric m
            where m.submission_id = s.id and m.indicator_id is not null
            offset 0) m
        where s.period_id = p_period and s.latest
        group by s.unit_id, m.indicator_id, m.unit
    ) c
    group by c.indicator_id, c.unit;
end
$$;

create function refresh_period_dimension_points(p_period bigint) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(20261207, p_period::integer);
    delete from period_dimension_points where period_id = p_period;
    insert into period_dimension_points (period_id, published_only, category_id, dimension_id, points, scores)
    select p_period, v.published_only, u.category_id, s.dimension_id, sum(s.points), count(*)
    from assessment b
    join org_unit u on u.id = b.unit_id
    cross join (values (false), (true)) as v (published_only)
    cross join lateral (
        select dimension_id, points from assessment_score s where s.assessment_id = b.id
        offset 0) s
    where b.period_id = p_period and b.grade is not null and (not v.published_only or b.status = 'PUBLISHED')
    group by v.published_only, u.category_id, s.dimension_id;
end
$$;

-- Notes, in a transaction-local setting: ',m3,' the counts of period 3 changed (a report added, replaced, parsed
-- again or removed), ',d3,' its scores (a grade, a status, a dimension's points), 'd*' every period's scores (a unit
-- moved to another category).
create function period_stats_note() returns trigger language plpgsql as $$
declare
    noted text := coalesce(current_setting('jgdj.stats_periods', true), '');
    kind text := case tg_table_name when 'submission' then 'm' else 'd' end;
    periods bigint[];
    period bigint;
begin
    if tg_table_name = 'org_unit' then
        periods := array[-1];
    elsif tg_table_name = 'assessment_score' then
        select array_agg(a.period_id) into periods from assessment a
        where a.id in (case when tg_op <> 'INSERT' then old.assessment_id end,
                       case when tg_op <> 'DELETE' then new.assessment_id end);
    else
        periods := array[case when tg_op <> 'INSERT' then old.period_id end,
                         case when tg_op <> 'DELETE' then new.period_id end];
    end if;
    foreach period in array coalesce(periods, array[]::bigint[]) loop
        if period is not null and position(',' || kind || case period when -1 then '*' else period::text end || ','
                                           in noted) = 0 then
            noted := noted || ',' || kind || case period when -1 then '*' else period::text end || ',';
        end if;
    end loop;
    perform set_config('jgdj.stats_periods', noted, true);
    return null;
end
$$;

create function period_stats_settle() returns void language plpgsql as $$
declare
    noted text := coalesce(current_setting('jgdj.stats_periods', true), '');
    period bigint;
begin
    if noted = '' then
        return;
    end if;
    perform set_config('jgdj.stats_periods', '', true);
    for period in select id from reporting_period
                  where position(',m' || id || ',' in noted) > 0 order by id loop
        perform refresh_period_count_median(period);
    end loop;
    for period in select id from reporting_period
                  where position(',d*,' in noted) > 0 or position(',d' || id || ',' in noted) > 0 order by id loop
        perform refresh_period_dimension_points(period);
    end loop;
end
$$;

create function period_stats_at_commit() returns trigger language plpgsql as $$
begin
    perform period_stats_settle();
    return null;
end
$$;

create trigger submission_stats_note_insert_delete after insert or delete on submission
    for each row execute function period_stats_note();
create trigger submission_stats_note_update after update on submission
    for each row when (old.latest is distinct from new.latest or old.parsed_at is distinct from new.parsed_at
                       or old.period_id is distinct from new.period_id or old.unit_id is distinct from new.unit_id)
    execute function period_stats_note();
create constraint trigger submission_stats_at_commit after insert or update or delete on submission
    deferrable initially deferred for each row execute function period_stats_at_commit();

create trigger assessment_stats_note_insert_delete after insert or delete on assessment
    for each row execute function period_stats_note();
create trigger assessment_stats_note_update after update on assessment
    for each row when (old.period_id is distinct from new.period_id or old.unit_id is distinct from new.unit_id
                       or old.grade is distinct from new.grade or old.status is distinct from new.status)
    execute function period_stats_note();
create constraint trigger assessment_stats_at_commit after insert or update or delete on assessment
    deferrable initially deferred for each row execute function period_stats_at_commit();

create trigger assessment_score_stats_note after insert or update or delete on assessment_score
    for each row execute function period_stats_note();
create constraint trigger assessment_score_stats_at_commit after insert or update or delete on assessment_score
    deferrable initially deferred for each row execute function period_stats_at_commit();

create trigger org_unit_stats_note after update on org_unit
    for each row when (old.category_id is distinct from new.category_id)
    execute function period_stats_note();
create constraint trigger org_unit_stats_at_commit after update on org_unit
    deferrable initially deferred for each row execute function period_stats_at_commit();

select refresh_period_count_median(id), refresh_period_dimension_points(id) from reporting_period order by id;
