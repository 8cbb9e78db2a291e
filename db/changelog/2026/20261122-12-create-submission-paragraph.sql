--liquibase formatted sql

--changeset jgdj:20261122-12
-- Fingerprints of a report's longer paragraphs (whitespace, punctuation and digits ignored), so a paragraph that
-- appears in another unit's report of the same period can be found by one indexed join (疑似雷同).
create table submission_paragraph (
    submission_id  bigint   not null references submission (id) on delete cascade,
    period_id      bigint   not null references reporting_period (id),
    unit_id        bigint   not null references org_unit (id),
    fingerprint    bigint   not null,
    start_offset   integer  not null,
    end_offset     integer  not null,
    primary key (submission_id, start_offset)
);
create index submission_paragraph_lookup_idx on submission_paragraph (period_id, fingerprint);
