-- A provider's import (issue 27): each run of an import set, what it found and how far it got; and each set loaded,
-- written in the one transaction that loads its rows, so a set is recorded as loaded exactly when its data is there.
create schema if not exists migration;

create table migration.import_run (
    id               uuid primary key,
    status           text not null check (status in ('VALIDATING', 'LOADING', 'DONE', 'FAILED')),
    progress         integer not null default 0 check (progress between 0 and 100),
    stage            text,
    file_name        text not null,
    size_bytes       bigint not null check (size_bytes >= 0),
    fingerprint      text,
    provider_code    text,
    counts           jsonb not null default '{}',
    errors           jsonb not null default '[]',
    error_count      integer not null default 0,
    message          text,
    already_imported_as uuid references migration.import_run (id),
    started_by       text not null,
    started_at       timestamptz not null,
    heartbeat_at     timestamptz not null,
    finished_at      timestamptz,
    check ((status in ('DONE', 'FAILED')) = (finished_at is not null))
);

-- one set is loaded once: a second run of the same files answers "already imported"
create table migration.loaded_set (
    fingerprint    text primary key,
    run_id         uuid not null unique references migration.import_run (id),
    provider_code  text not null,
    counts         jsonb not null,
    loaded_at      timestamptz not null
);
create index import_run_recent on migration.import_run (started_at desc);

-- the application's role (ADR 17) reads and writes it like the other schemas
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'openprobation_app') then
        grant usage on schema migration to openprobation_app;
        grant select, insert, update, delete, truncate on all tables in schema migration to openprobation_app;
        alter default privileges in schema migration grant select, insert, update, delete, truncate on tables
            to openprobation_app;
    end if;
end $$;
