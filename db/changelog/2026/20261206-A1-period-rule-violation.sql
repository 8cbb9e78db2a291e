--liquibase formatted sql

--changeset jgdj:20261206-A1 splitStatements:false
-- The count rules' violations of every period's latest reports, kept by the database like period_rank (20261205-A1),
-- so that the overview counts them and the findings list pages through them instead of evaluating every rule on every
-- latest report of the period on each request (about 0.4 s at 5,000 units). Computed again for a period when its
-- latest reports or their counts change (the same notes as the medians, 20261205-A2), for the annual period of the
-- same year when a half-year period changes (the half-year rule compares them), and for every period when a count
-- rule is switched on or off or its threshold changes. What each rule compares is described in
-- com.jgdj.dashboard.findings.RuleViolationQuery, which used to evaluate exactly this statement on read.
create table period_rule_violation (
    period_id           bigint         not null references reporting_period (id) on delete cascade,
    rule_id             bigint         not null references count_rule (id) on delete cascade,
    submission_id       bigint         not null references submission (id) on delete cascade,
    unit_id             bigint         not null,
    indicator_id        bigint         not null,
    unit                varchar(10)    not null,
    number              numeric(18, 4) not null,
    ordinal             integer        not null,
    start_offset        integer        not null,
    reference           numeric,
    other_indicator_id  bigint,
    other_unit          varchar(10),
    spread              numeric
);

create index period_rule_violation_period_unit_idx on period_rule_violation (period_id, unit_id);
create index period_rule_violation_submission_idx on period_rule_violation (submission_id);

-- An annual report is held to this many times a half-year minimum (com.jgdj.dashboard.findings.CountMinimum
-- .ANNUAL_FACTOR, which the grading hints apply; a test keeps the two equal), and an outlier needs this many reports
-- stating the count.
create function count_rule_annual_factor() returns integer language sql immutable as 'select 2';
create function count_rule_outlier_min_reports() returns integer language sql immutable as 'select 5';

-- offset 0 keeps each report's counts read through the primary key (flattened, the planner hashes every report's
-- counts of every period); the sorts of about 100,000 figures at 5,000 units stay in memory with 64 MB.
create function refresh_period_rule_violation(p_period bigint) returns void language plpgsql
    set work_mem = '64MB' as $$
begin
    perform pg_advisory_xact_lock(20261208, p_period::integer);
    delete from period_rule_violation where period_id = p_period;
    insert into period_rule_violation (period_id, rule_id, submission_id, unit_id, indicator_id, unit, number, ordinal,
                                       start_offset, reference, other_indicator_id, other_unit, spread)
    with rules as (
        select r.id, r.kind, r.indicator_id, r.other_indicator_id, r.threshold,
               string_to_array(r.units, '|') as units, string_to_array(r.other_units, '|') as other_units
        from count_rule r where r.enabled
    ),
    period as (select id, year, kind from reporting_period where id = p_period),
    metrics as materialized (
        select s.unit_id, m.submission_id, m.ordinal, m.indicator_id, m.unit, m.number, m.start_offset
        from submission s cross join lateral (
            select * from submission_metric m where m.submission_id = s.id and m.indicator_id is not null
            offset 0
        ) m
        where s.period_id = p_period and s.latest
    ),
    rule_units as (select r.id, r.kind, r.indicator_id, unnest(r.units) as unit from rules r),
    figures as (
        select distinct on (m.submission_id, r.id, m.indicator_id, grp)
               r.id as rule_id, m.unit_id, m.submission_id, m.indicator_id, m.unit, m.number, m.ordinal,
               m.start_offset, case when r.kind in ('MINIMUM', 'NOT_ABOVE') then '' else m.unit end as grp
        from rule_units r
        join metrics m on m.unit = r.unit
        where r.indicator_id is null or m.indicator_id = r.indicator_id
        order by m.submission_id, r.id, m.indicator_id, grp, m.number desc, m.start_offset
    ),
    other_figures as (
        select distinct on (r.id, m.submission_id) r.id as rule_id, m.submission_id, m.number, m.unit
        from (select id, other_indicator_id, unnest(other_units) as unit from rules where kind = 'NOT_ABOVE') r
        join metrics m on m.unit = r.unit and m.indicator_id = r.other_indicator_id
        order by r.id, m.submission_id, m.number desc
    ),
    half_year as (
        select r.id as rule_id, s.unit_id, m.indicator_id, m.unit, m.number
        from period p
        join reporting_period h on h.year = p.year and h.kind = 'H1' and p.kind = 'ANNUAL'
        join submission s on s.period_id = h.id and s.latest
        cross join lateral (
            select * from submission_metric m where m.submission_id = s.id and m.indicator_id is not null
            offset 0
        ) m
        join rule_units r on r.unit = m.unit and r.kind = 'HALF_NOT_ABOVE_ANNUAL'
        where r.indicator_id is null or m.indicator_id = r.indicator_id
    ),
    half_compared as (
        select x.*, max(x.half_number) over (partition by x.rule_id, x.unit_id, x.indicator_id, x.unit) as half_max
        from (
            select f.rule_id, f.unit_id, f.submission_id, f.indicator_id, f.unit, f.number, f.ordinal,
                   f.start_offset, null::numeric as half_number, true as annual
            from figures f join rules r on r.id = f.rule_id cross join period p
            where r.kind = 'HALF_NOT_ABOVE_ANNUAL' and p.kind = 'ANNUAL'
            union all
            select h.rule_id, h.unit_id, null, h.indicator_id, h.unit, null, null, null, h.number, false
            from half_year h
        ) x
    ),
    centre as (
        select f.rule_id, f.indicator_id, f.unit, count(*) as reports,
               percentile_cont(0.5) within group (order by f.number) as median
        from figures f join rules r on r.id = f.rule_id
        where r.kind = 'OUTLIER'
        group by f.rule_id, f.indicator_id, f.unit
    ),
    spread as (
        select c.rule_id, c.indicator_id, c.unit, c.reports, c.median,
               percentile_cont(0.5) within group (order by abs(f.number - c.median)) as mad
        from centre c
        join figures f on f.rule_id = c.rule_id and f.indicator_id = c.indicator_id and f.unit = c.unit
        where c.reports >= count_rule_outlier_min_reports()
        group by c.rule_id, c.indicator_id, c.unit, c.reports, c.median
    )
    select p_period, f.rule_id, f.submission_id, f.unit_id, f.indicator_id, f.unit, f.number, f.ordinal,
           f.start_offset, r.threshold * case p.kind when 'ANNUAL' then count_rule_annual_factor() else 1 end,
           null::bigint, null::varchar, null::numeric
    from figures f join rules r on r.id = f.rule_id cross join period p
    where r.kind = 'MINIMUM'
      and f.number < r.threshold * case p.kind when 'ANNUAL' then count_rule_annual_factor() else 1 end
    union all
    select p_period, f.rule_id, f.submission_id, f.unit_id, f.indicator_id, f.unit, f.number, f.ordinal,
           f.start_offset, o.number, r.other_indicator_id, o.unit, null
    from figures f join rules r on r.id = f.rule_id
    join other_figures o on o.rule_id = f.rule_id and o.submission_id = f.submission_id
    where r.kind = 'NOT_ABOVE' and f.number > o.number
    union all
    select p_period, f.rule_id, f.submission_id, f.unit_id, f.indicator_id, f.unit, f.number, f.ordinal,
           f.start_offset, f.half_max, null, null, null
    from half_compared f
    where f.annual and f.number < f.half_max
    union all
    select p_period, f.rule_id, f.submission_id, f.unit_id, f.indicator_id, f.unit, f.number, f.ordinal,
           f.start_offset, cast(d.median as numeric), null, null, cast(d.mad as numeric)
    from figures f join rules r on r.id = f.rule_id
    join spread d on d.rule_id = f.rule_id and d.indicator_id = f.indicator_id and d.unit = f.unit
    where r.kind = 'OUTLIER' and d.mad > 0 and abs(f.number - d.median) > r.threshold * d.mad;
end
$$;

-- The periods whose violations a transaction changed, in period order, from the notes of 20261205-A2 (',m3,': the
-- counts of period 3 changed, and with them those of the same year's annual period when period 3 is a half-year one)
-- and ',v*,' (a count rule changed: every period).
create function period_violation_periods(noted text) returns setof bigint language sql stable as $$
    select p.id from reporting_period p
    where position(',v*,' in noted) > 0 or position(',m' || p.id || ',' in noted) > 0
       or (p.kind = 'ANNUAL' and exists (
              select 1 from reporting_period h
              where h.year = p.year and h.kind = 'H1' and position(',m' || h.id || ',' in noted) > 0))
    order by p.id
$$;

-- Called by period_summaries_settle with the notes it read before the medians and points cleared them, after those,
-- so every transaction takes the advisory locks in one order.
create function period_violations_settle(noted text) returns void language plpgsql as $$
declare
    period bigint;
begin
    if noted = '' then
        return;
    end if;
    for period in select period_violation_periods(noted) loop
        perform refresh_period_rule_violation(period);
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
end
$$;

create function count_rule_note() returns trigger language plpgsql as $$
declare
    noted text := coalesce(current_setting('jgdj.stats_periods', true), '');
begin
    if position(',v*,' in noted) = 0 then
        perform set_config('jgdj.stats_periods', noted || ',v*,', true);
    end if;
    return null;
end
$$;

create trigger count_rule_violation_note after update on count_rule
    for each row when (old.enabled is distinct from new.enabled or old.threshold is distinct from new.threshold)
    execute function count_rule_note();
create constraint trigger count_rule_violation_at_commit after update on count_rule
    deferrable initially deferred for each row execute function period_stats_at_commit();

select refresh_period_rule_violation(id) from reporting_period order by id;
