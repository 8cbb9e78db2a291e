--liquibase formatted sql

--changeset jgdj:20261122-01
create extension if not exists pg_trgm;
