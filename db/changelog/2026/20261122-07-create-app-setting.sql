--liquibase formatted sql

--changeset jgdj:20261122-07
-- small key/value facts about the installation, e.g. demo_data=true when the demo dataset was loaded
create table app_setting (
    key    varchar(50)  primary key,
    value  varchar(500) not null
);
