--liquibase formatted sql

--changeset jgdj:20261205-A1 splitStatements:false
-- Every graded unit's ranks in its period, kept by the database on every write that changes them, so that a page of
-- the ranking reads 50 rows through an index instead of ranking every unit of the period (window functions over
-- 5,000 units) on each request. Two rankings per period: over every graded result (the committee) and over the
-- published results only (reporters, the 双约谈 list). position / category_position are the ranking's order
-- (overall rank, or category order then category rank; then the unit name in Chinese collation, then the id).
create table period_rank (
    period_id            bigint        not null references reporting_period (id) on delete cascade,
    published_only       boolean       not null,
    unit_id              bigint        not null references org_unit (id) on delete cascade,
    category_id          bigint        not null,
    total                numeric(5, 1) not null,
    grade                varchar(10)   not null,
    status               varchar(10)   not null,
    overall_rank         integer       not null,
    category_rank        integer       not null,
    tied_overall         boolean       not null,
    tied_in_category     boolean       not null,
    units                integer       not null,
    category_units       integer       not null,
    percentile           integer       not null,
    category_percentile  integer       not null,
    bottom_rank          integer       not null,
    position             integer       not null,
    category_position    integer       not null,
    primary key (period_id, published_only, unit_id),
    constraint period_rank_grade_ck check (grade in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    constraint period_rank_status_ck check (status in ('DRAFT', 'REVIEW', 'APPROVED', 'PUBLISHED'))
);

create index period_rank_position_idx on period_rank (period_id, published_only, position);
create index period_rank_category_position_idx on period_rank (period_id, published_only, category_position);
create index period_rank_bottom_idx on period_rank (period_id, published_only, bottom_rank);

-- Ranks one period again (both rankings). One refresh of a period at a time: the advisory lock orders concurrent
-- writers, and each statement of the later one sees what the earlier one committed.
create function refresh_period_rank(p_period bigint) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(20261205, p_period::integer);
    delete from period_rank where period_id = p_period;
    insert into period_rank (period_id, published_only, unit_id, category_id, total, grade, status, overall_rank,
                             category_rank, tied_overall, tied_in_category, units, category_units, percentile,
                             category_percentile, bottom_rank, position, category_position)
    select p_period, r.published_only, r.unit_id, r.category_id, r.total, r.grade, r.status, r.overall_rank,
           r.category_rank, r.tied_overall, r.tied_in_category, r.units, r.category_units, r.percentile,
           r.category_percentile, r.bottom_rank,
           row_number() over (partition by r.published_only
                              order by r.overall_rank, r.unit_name collate "zh-x-icu", r.unit_id),
           row_number() over (partition by r.published_only
                              order by r.category_order, r.category_rank, r.unit_name collate "zh-x-icu", r.unit_id)
    from (
        select v.published_only, a.unit_id, u.name as unit_name, c.id as category_id, c.sort_order as category_order,
               a.total, a.grade, a.status,
               rank() over (partition by v.published_only order by a.total desc) as overall_rank,
               rank() over (partition by v.published_only, c.id order by a.total desc) as category_rank,
               count(*) over (partition by v.published_only, a.total) > 1 as tied_overall,
               count(*) over (partition by v.published_only, c.id, a.total) > 1 as tied_in_category,
               count(*) over (partition by v.published_only) as units,
               count(*) over (partition by v.published_only, c.id) as category_units,
               round(100 * percent_rank() over (partition by v.published_only order by a.total))::int as percentile,
               round(100 * percent_rank() over (partition by v.published_only, c.id order by a.total))::int
                   as category_percentile,
               rank() over (partition by v.published_only order by a.total asc) as bottom_rank
        from assessment a
        join org_unit u on u.id = a.unit_id
        join category c on c.id = u.category_id
        cross join (values (false), (true)) as v (published_only)
        where a.period_id = p_period and a.grade is not null and (not v.published_only or a.status = 'PUBLISHED')
    ) r;
end
$$;

-- While a transaction writes, the periods whose ranks it changes are noted in a transaction-local setting
-- (',3,,7,'; '*' for every period: a unit renamed or moved, a category reordered)...
create function period_rank_note() returns trigger language plpgsql as $$
declare
    noted text := coalesce(current_setting('jgdj.rank_periods', true), '');
begin
    if noted = '*' then
        return null;
    end if;
    if tg_table_name <> 'assessment' then
        noted := '*';
    else
        if tg_op <> 'INSERT' and position(',' || old.period_id || ',' in noted) = 0 then
            noted := noted || ',' || old.period_id || ',';
        end if;
        if tg_op <> 'DELETE' and position(',' || new.period_id || ',' in noted) = 0 then
            noted := noted || ',' || new.period_id || ',';
        end if;
    end if;
    perform set_config('jgdj.rank_periods', noted, true);
    return null;
end
$$;

-- ...and ranked again when it commits (a deferred trigger: after all its statements), once, in period order; or
-- earlier, when the same transaction reads the ranks it changed (period_rank_settle() before the read).
create function period_rank_settle() returns void language plpgsql as $$
declare
    noted text := coalesce(current_setting('jgdj.rank_periods', true), '');
    period bigint;
begin
    if noted = '' then
        return;
    end if;
    perform set_config('jgdj.rank_periods', '', true);
    for period in select id from reporting_period
                  where noted = '*' or position(',' || id || ',' in noted) > 0 order by id loop
        perform refresh_period_rank(period);
    end loop;
end
$$;

create function period_rank_at_commit() returns trigger language plpgsql as $$
begin
    perform period_rank_settle();
    return null;
end
$$;

create trigger assessment_rank_note_insert_delete after insert or delete on assessment
    for each row execute function period_rank_note();
create trigger assessment_rank_note_update after update on assessment
    for each row when (old.period_id is distinct from new.period_id or old.unit_id is distinct from new.unit_id
                       or old.total is distinct from new.total or old.grade is distinct from new.grade
                       or old.status is distinct from new.status)
    execute function period_rank_note();
create constraint trigger assessment_rank_at_commit after insert or update or delete on assessment
    deferrable initially deferred for each row execute function period_rank_at_commit();

create trigger org_unit_rank_note after update on org_unit
    for each row when (old.name is distinct from new.name or old.category_id is distinct from new.category_id)
    execute function period_rank_note();
create constraint trigger org_unit_rank_at_commit after update on org_unit
    deferrable initially deferred for each row execute function period_rank_at_commit();

create trigger category_rank_note after update on category
    for each row when (old.sort_order is distinct from new.sort_order)
    execute function period_rank_note();
create constraint trigger category_rank_at_commit after update on category
    deferrable initially deferred for each row execute function period_rank_at_commit();

select refresh_period_rank(id) from reporting_period order by id;
