--liquibase formatted sql

--changeset jgdj:20261206-A3 splitStatements:false
-- Per report and indicator, the sum of its counts in the measure word it uses most (what the overview's indicator card
-- ranks the units by and takes the median of), stored when the report's counts are stored
-- (com.jgdj.dashboard.submission.ParsedReportStore) instead of aggregated over every report of the period on each
-- request. The period, unit and latest flag are the report's, kept in step by a row trigger, so the card walks one
-- index from the highest value.
create table submission_indicator_value (
    submission_id  bigint       not null references submission (id) on delete cascade,
    indicator_id   bigint       not null references indicator (id) on delete cascade,
    period_id      bigint       not null,
    unit_id        bigint       not null,
    latest         boolean      not null,
    value          numeric      not null,
    unit           varchar(10)  not null,
    primary key (submission_id, indicator_id)
);

create index submission_indicator_value_top_idx on submission_indicator_value (period_id, indicator_id, value desc)
    include (unit_id, unit) where latest;

create function submission_indicator_value_follow() returns trigger language plpgsql as $$
begin
    update submission_indicator_value set period_id = new.period_id, unit_id = new.unit_id, latest = new.latest
    where submission_id = new.id;
    return null;
end
$$;

create trigger submission_indicator_value_follow after update on submission
    for each row when (old.latest is distinct from new.latest or old.period_id is distinct from new.period_id
                       or old.unit_id is distinct from new.unit_id)
    execute function submission_indicator_value_follow();

insert into submission_indicator_value (submission_id, indicator_id, period_id, unit_id, latest, value, unit)
select v.submission_id, v.indicator_id, s.period_id, s.unit_id, s.latest, v.value, v.unit
from (
    select m.submission_id, m.indicator_id, m.unit, sum(m.number) as value,
           row_number() over (partition by m.submission_id, m.indicator_id order by count(*) desc, m.unit) as nth
    from submission_metric m
    where m.indicator_id is not null
    group by m.submission_id, m.indicator_id, m.unit
) v
join submission s on s.id = v.submission_id
where v.nth = 1;
