--liquibase formatted sql

--changeset jgdj:20261202-70
-- Word 97-2003 (.doc), WPS (.wps) and PDF reports are read too
alter table submission drop constraint submission_file_type_ck;
alter table submission add constraint submission_file_type_ck check (file_type in ('txt', 'docx', 'doc', 'wps', 'pdf'));
