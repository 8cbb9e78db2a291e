--liquibase formatted sql

--changeset jgdj:20261201-50
-- which assessments use a scheme (a scheme used by published results is locked; deleting one checks the key)
create index assessment_scheme_idx on assessment (scheme_id);
