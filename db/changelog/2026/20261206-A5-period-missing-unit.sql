--liquibase formatted sql

--changeset jgdj:20261206-A5 splitStatements:false
-- The active units without a latest report in a period (报送情况's 未报送, listed first), kept by row triggers, so the
-- completeness list reads the few missing units of a period instead of looking up every active unit's report. A unit
-- and a period inserted by one statement both add their pair: the second insert finds it there.
create table period_missing_unit (
    period_id  bigint  not null references reporting_period (id) on delete cascade,
    unit_id    bigint  not null references org_unit (id) on delete cascade,
    primary key (period_id, unit_id)
);

create index period_missing_unit_unit_idx on period_missing_unit (unit_id);

-- Whether the unit is missing in the period, computed again for one pair.
create function period_missing_unit_check(p_period bigint, p_unit bigint) returns void language plpgsql as $$
begin
    delete from period_missing_unit where period_id = p_period and unit_id = p_unit;
    insert into period_missing_unit (period_id, unit_id)
    select p_period, u.id from org_unit u
    where u.id = p_unit and u.active
      and exists (select 1 from reporting_period p where p.id = p_period)
      and not exists (select 1 from submission s where s.unit_id = p_unit and s.period_id = p_period and s.latest)
    on conflict do nothing;
end
$$;

create function period_missing_unit_follow_report() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform period_missing_unit_check(old.period_id, old.unit_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or old.period_id <> new.period_id or old.unit_id <> new.unit_id) then
        perform period_missing_unit_check(new.period_id, new.unit_id);
    end if;
    return null;
end
$$;

create trigger submission_missing_unit_insert_delete after insert or delete on submission
    for each row execute function period_missing_unit_follow_report();
create trigger submission_missing_unit_update after update on submission
    for each row when (old.latest is distinct from new.latest or old.period_id is distinct from new.period_id
                       or old.unit_id is distinct from new.unit_id)
    execute function period_missing_unit_follow_report();

create function period_missing_unit_follow_unit() returns trigger language plpgsql as $$
begin
    delete from period_missing_unit where unit_id = new.id;
    if new.active then
        insert into period_missing_unit (period_id, unit_id)
        select p.id, new.id from reporting_period p
        where not exists (select 1 from submission s where s.unit_id = new.id and s.period_id = p.id and s.latest)
        on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger org_unit_missing_unit_insert after insert on org_unit
    for each row execute function period_missing_unit_follow_unit();
create trigger org_unit_missing_unit_update after update on org_unit
    for each row when (old.active is distinct from new.active)
    execute function period_missing_unit_follow_unit();

create function period_missing_unit_follow_period() returns trigger language plpgsql as $$
begin
    insert into period_missing_unit (period_id, unit_id)
    select new.id, u.id from org_unit u
    where u.active
      and not exists (select 1 from submission s where s.unit_id = u.id and s.period_id = new.id and s.latest)
    on conflict do nothing;
    return null;
end
$$;

create trigger reporting_period_missing_unit_insert after insert on reporting_period
    for each row execute function period_missing_unit_follow_period();

insert into period_missing_unit (period_id, unit_id)
select p.id, u.id from reporting_period p cross join org_unit u
where u.active
  and not exists (select 1 from submission s where s.unit_id = u.id and s.period_id = p.id and s.latest);
