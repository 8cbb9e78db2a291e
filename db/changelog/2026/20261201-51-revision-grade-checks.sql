--liquibase formatted sql

--changeset jgdj:20261201-51
-- every grade column holds a grade: the corrections' before and after, as assessment.grade already does
alter table assessment_revision
    add constraint assessment_revision_grade_before_ck check (grade_before in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    add constraint assessment_revision_grade_after_ck check (grade_after in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR'));
