--liquibase formatted sql

--changeset jgdj:20261207-A1 splitStatements:false
-- The half-year rule read the half-year period's counts once per measure word of the rule (twelve times: the planner
-- put the rule's words outside the per-report lookups), about 540 ms of the 1.08 s an annual period took at 5,000
-- units. The half-year counts are now read once (materialized, like the period's own) and matched to the words by a
-- hash join. A half-year period leaves the half-year rule out altogether: it compares annual reports only, yet its
-- figures (every report's count in each of its twelve measure words) were about half of a half-year period's work.
-- Otherwise the statement of 20261206-A1, unchanged.
create or replace function refresh_period_rule_violation(p_period bigint) returns void language plpgsql
    set work_mem = '64MB' as $$
begin
    perform pg_advisory_xact_lock(20261208, p_period::integer);
    delete from period_rule_violation where period_id = p_period;
    insert into period_rule_violation (period_id, rule_id, submission_id, unit_id, indicator_id, unit, number, ordinal,
                                       start_offset, reference, other_indicator_id, other_unit, spread)
    with rules as (
        select r.id, r.kind, r.indicator_id, r.other_indicator_id, r.threshold,
               string_to_array(r.units, '|') as units, string_to_array(r.other_units, '|') as other_units
        from count_rule r
        where r.enabled and (r.kind <> 'HALF_NOT_ABOVE_ANNUAL'
                             or exists (select 1 from reporting_period a where a.id = p_period and a.kind = 'ANNUAL'))
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
    half_metrics as materialized (
        select s.unit_id, m.indicator_id, m.unit, m.number
        from period p
        join reporting_period h on h.year = p.year and h.kind = 'H1' and p.kind = 'ANNUAL'
        join submission s on s.period_id = h.id and s.latest
        cross join lateral (
            select * from submission_metric m where m.submission_id = s.id and m.indicator_id is not null
            offset 0
        ) m
    ),
    half_year as (
        select r.id as rule_id, m.unit_id, m.indicator_id, m.unit, m.number
        from half_metrics m
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
