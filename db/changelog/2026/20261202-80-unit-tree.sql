--liquibase formatted sql

--changeset jgdj:20261202-80 splitStatements:false
-- units as a tree: children are found through an index, and no update may close a cycle of 上级单位
-- (org_unit_parent_ck already refuses a unit as its own parent). The advisory lock serialises changes of
-- parent_id, so two concurrent changes (A under B, B under A) cannot each pass the check on a stale view.
create index org_unit_parent_idx on org_unit (parent_id);

create function org_unit_refuse_parent_cycle() returns trigger language plpgsql as $$
begin
    if new.parent_id is not null and new.parent_id <> new.id then  -- the self-parent is org_unit_parent_ck's
        perform pg_advisory_xact_lock(hashtext('org_unit.parent_id'));
        if exists (
            with recursive up (id) as (
                select new.parent_id
                union
                select u.parent_id from org_unit u join up on u.id = up.id where u.parent_id is not null
            )
            select 1 from up where up.id = new.id
        ) then
            raise exception using errcode = 'check_violation', constraint = 'org_unit_parent_cycle_ck',
                message = format('org_unit %s cannot have parent %s: that unit lies below it', new.id, new.parent_id);
        end if;
    end if;
    return new;
end
$$;

create trigger org_unit_parent_cycle_tg before insert or update of parent_id on org_unit
    for each row execute function org_unit_refuse_parent_cycle();
