--liquibase formatted sql

--changeset jgdj:20261204-A1
-- Units in the order lists show them (Chinese collation, then id): the submissions list walks it period by period and
-- stops once a page is full, instead of sorting every latest report to show fifty.
create index org_unit_name_order_idx on org_unit (name collate "zh-x-icu", id);
