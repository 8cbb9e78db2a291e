--liquibase formatted sql

--changeset jgdj:20261201-30
-- assessment.updated_by/updated_at name the assessor who last entered the scores (the grader). Until now a workflow
-- step (submit, quota decision, approval, publication) overwrote them with whoever clicked, so the list named the
-- leader as the grader; give every assessment back the author of its last save or correction from the audit log.
update assessment a
set updated_by = l.username, updated_at = l.at
from (select distinct on (entity_id) entity_id, username, at
      from audit_log
      where entity_type = 'assessment'
        and action in ('ASSESSMENT_CREATED', 'ASSESSMENT_SAVED', 'ASSESSMENT_CORRECTED')
      order by entity_id, at desc, id desc) l
where l.entity_id = a.id
  and a.updated_by <> l.username;
