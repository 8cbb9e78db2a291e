--liquibase formatted sql

--changeset jgdj:20261202-90
-- The full-text search index of the reports: every Chinese character and every pair of adjacent Chinese characters
-- of the normalised text, and every Latin/digit word in lower case, as the lexemes of one tsvector per submission
-- (written by the application with the parser's tokenizer, SearchTerms). A GIN index over it serves one- and
-- two-character words (党课, 廉政) that neither PostgreSQL's parsers nor a trigram index serve; candidates are then
-- rechecked against the text itself, so a phrase matches only where it stands.
create table report_search (
    submission_id bigint   not null primary key references submission (id) on delete cascade,
    terms         tsvector not null
);
create index report_search_terms_idx on report_search using gin (terms);
