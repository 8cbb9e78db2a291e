--liquibase formatted sql

--changeset jgdj:20261203-E1
-- 疑似雷同 at scale: per submission, the sampled shingle hashes of its text (the 8-character shingles whose hash is
-- divisible by 4, standard phrasing left out), written when the report is stored or first compared. Candidate
-- pairs are the submissions of a period sharing enough rare hashes, found in SQL; only their texts are read.
create table similarity_fingerprint (
    submission_id  bigint   primary key references submission (id) on delete cascade,
    hashes         bigint[] not null
);
