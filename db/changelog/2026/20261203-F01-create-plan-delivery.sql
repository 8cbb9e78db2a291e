--liquibase formatted sql

--changeset jgdj:20261203-F01
-- 上期工作打算落实情况, stored per latest report when it is parsed (and by a start-up backfill for earlier rows), so
-- that the overview counts the plan items without matching delivery in SQL. plan_submission_id is the report of the
-- period before whose plans were matched (null when there is none); offsets are char offsets into full_text of
-- the plan report (item_*) and of this report (delivery_*).
create table plan_delivery (
    submission_id       bigint      primary key references submission (id) on delete cascade,
    plan_submission_id  bigint      references submission (id) on delete cascade,
    item_count          integer     not null,
    covered_count       integer     not null,
    computed_at         timestamptz not null,
    constraint plan_delivery_counts_ck check (item_count >= 0 and covered_count between 0 and item_count)
);
create index plan_delivery_plan_idx on plan_delivery (plan_submission_id);

create table plan_delivery_item (
    submission_id   bigint        not null references plan_delivery (submission_id) on delete cascade,
    ordinal         integer       not null,
    item_text       text          not null,
    item_start      integer       not null,
    item_end        integer       not null,
    delivery_start  integer,
    delivery_end    integer,
    score           numeric(3, 2) not null,
    covered         boolean       not null,
    primary key (submission_id, ordinal),
    constraint plan_delivery_item_span_ck check (item_start >= 0 and item_end > item_start),
    constraint plan_delivery_item_delivery_ck check ((delivery_start is null) = (delivery_end is null)
        and (delivery_start is null or delivery_end >= delivery_start)),
    constraint plan_delivery_item_score_ck check (score between 0 and 1)
);
-- the overview counts uncovered items of the period's latest reports
create index plan_delivery_item_uncovered_idx on plan_delivery_item (submission_id) where not covered;
