--liquibase formatted sql

--changeset jgdj:20261122-11
-- What the parser read from a report; offsets are char offsets into submission.full_text (the normalised text).
alter table submission
    add column report_form    varchar(10),
    add column report_year    integer,
    add column problem_share  numeric(5, 4),
    add column metric_count   integer not null default 0,
    add column flag_count     integer not null default 0,
    add column parsed_at      timestamptz,
    add constraint submission_report_form_ck check (report_form in ('report', 'speech'));

create table submission_heading (
    submission_id  bigint       not null references submission (id) on delete cascade,
    ordinal        integer      not null,
    level          smallint     not null check (level between 1 and 4),
    marker         varchar(20)  not null,
    title          text         not null,
    line_no        integer      not null,
    run_in         boolean      not null,
    start_offset   integer      not null,
    end_offset     integer      not null,
    primary key (submission_id, ordinal),
    constraint submission_heading_span_ck check (0 <= start_offset and start_offset <= end_offset)
);

create table submission_section (
    submission_id  bigint       not null references submission (id) on delete cascade,
    ordinal        integer      not null,
    part           varchar(10)  not null
                   check (part in ('opening', 'closing', 'work_done', 'problems', 'plans')),
    heading        text,
    start_offset   integer      not null,
    end_offset     integer      not null,
    primary key (submission_id, ordinal),
    constraint submission_section_span_ck check (0 <= start_offset and start_offset <= end_offset)
);

create table submission_metric (
    submission_id   bigint         not null references submission (id) on delete cascade,
    ordinal         integer        not null,
    text            text           not null,
    number          numeric(18, 4) not null,
    unit            varchar(10)    not null,
    approx          boolean        not null,
    indicator_id    bigint         references indicator (id),
    start_offset    integer        not null,
    quantity_start  integer        not null,
    end_offset      integer        not null,
    primary key (submission_id, ordinal),
    constraint submission_metric_span_ck check (0 <= start_offset and start_offset <= quantity_start
                                               and quantity_start <= end_offset)
);
create index submission_metric_indicator_idx on submission_metric (indicator_id, submission_id);

create table submission_flag (
    submission_id  bigint       not null references submission (id) on delete cascade,
    ordinal        integer      not null,
    code           varchar(20)  not null,
    message        text         not null,
    evidence       text,
    start_offset   integer,
    end_offset     integer,
    primary key (submission_id, ordinal),
    constraint submission_flag_span_ck check ((start_offset is null) = (end_offset is null))
);
create index submission_flag_code_idx on submission_flag (code, submission_id);

-- after the deadline a reporter may still submit for a unit an administrator granted an exception to
create table submission_exception (
    unit_id     bigint       not null references org_unit (id),
    period_id   bigint       not null references reporting_period (id),
    granted_by  varchar(50)  not null,
    granted_at  timestamptz  not null default now(),
    reason      varchar(500) not null,
    primary key (unit_id, period_id)
);
