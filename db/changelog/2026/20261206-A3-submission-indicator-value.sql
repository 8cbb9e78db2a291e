--liquibase formatted sql

--changeset jgdj:20261206-A3 splitStatements:false
-- Per report and indicator, the sum of its counts in the measure word it uses most (what the overview's indicator card
-- ranks the units by and takes the median of), stored when the report's counts are stored
-- (com.jgdj.dashboard.submission.ParsedReportStore) instead of aggregated over every report of the period on each
-- request. The period, unit and latest flag are the report's, the category and whether the unit is active the unit's,
-- kept in step by row triggers, so the card walks one index from the highest value and takes the median of one
-- index's range without looking up any unit.
create table submission_indicator_value (
    submission_id  bigint       not null references submission (id) on delete cascade,
    indicator_id   bigint       not null references indicator (id) on delete cascade,
    period_id      bigint       not null,
    unit_id        bigint       not null,
    latest         boolean      not null,
    category_id    bigint       not null,
    active         boolean      not null,
    value          numeric      not null,
    unit           varchar(10)  not null,
    primary key (submission_id, indicator_id)
);

create index submission_indicator_value_top_idx on submission_indicator_value (period_id, indicator_id, value desc)
    include (unit_id, unit) where latest and active;
create index submission_indicator_value_category_idx
    on submission_indicator_value (period_id, indicator_id, category_id, value) where latest and active;
create index submission_indicator_value_unit_idx on submission_indicator_value (unit_id);

create function submission_indicator_value_follow() returns trigger language plpgsql as $$
begin
    update submission_indicator_value v
    set period_id = new.period_id, unit_id = new.unit_id, latest = new.latest, category_id = u.category_id,
        active = u.active
    from org_unit u
    where v.submission_id = new.id and u.id = new.unit_id;
    return null;
end
$$;

create function submission_indicator_value_follow_unit() returns trigger language plpgsql as $$
begin
    update submission_indicator_value set category_id = new.category_id, active = new.active where unit_id = new.id;
    return null;
end
$$;

create trigger submission_indicator_value_follow after update on submission
    for each row when (old.latest is distinct from new.latest or old.period_id is distinct from new.period_id
                       or old.unit_id is distinct from new.unit_id)
    execute function submission_indicator_value_follow();

create trigger submission_indicator_value_follow_unit after update on org_unit
    for each row when (old.category_id is distinct from new.category_id or old.active is distinct from new.active)
    execute function submission_indicator_value_follow_unit();

insert into submission_indicator_value (submission_id, indicator_id, period_id, unit_id, latest, category_id, active,
                                        value, unit)
select v.submission_id, v.indicator_id, s.period_id, s.unit_id, s.latest, u.category_id, u.active, v.value, v.unit
from (
    select m.submission_id, m.indicator_id, m.unit, sum(m.number) as value,
           row_number() over (partition by m.submission_id, m.indicator_id order by count(*) desc, m.unit) as nth
    from submission_metric m
    where m.indicator_id is not null
    group by m.submission_id, m.indicator_id, m.unit
) v
join submission s on s.id = v.submission_id
join org_unit u on u.id = s.unit_id
where v.nth = 1;
