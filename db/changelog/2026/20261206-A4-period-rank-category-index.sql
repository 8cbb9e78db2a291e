--liquibase formatted sql

--changeset jgdj:20261206-A4
-- The graded units per category of a period (the 优秀 quota the overview shows) read from period_rank, one row per
-- category, instead of counting the period's assessments.
create index period_rank_category_idx on period_rank (period_id, published_only, category_id);
