--liquibase formatted sql

--changeset jgdj:20261204-A2
-- Covering indexes for the read models' per-period aggregates at 5,000 units x 20 periods, so that they read indexes
-- only instead of the tables: the latest reports of a period (overview trend and figures), the graded assessments of
-- a period (overview, ranking, unit page), one indicator's counts (overview indicator card; replaces the index
-- without the counts and without the unmapped counts), the dimension points of an assessment (unit page averages).
create index submission_latest_period_idx on submission (period_id, unit_id) include (late, flag_count) where latest;
create index assessment_graded_period_idx on assessment (period_id, unit_id)
    include (id, total, grade, status, scheme_id) where grade is not null;
create index submission_metric_indicator_cover_idx on submission_metric (indicator_id, submission_id)
    include (unit, number) where indicator_id is not null;
drop index submission_metric_indicator_idx;
create index assessment_score_cover_idx on assessment_score (assessment_id, dimension_id) include (points);
