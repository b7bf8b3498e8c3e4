-- The demo generator records each completed run so a restart never regenerates.
create schema demo;
create table demo.generation (
    dataset       text primary key,
    seed          bigint not null,
    as_of         date not null,
    completed_at  timestamptz not null default now(),
    people        integer not null,
    millis        bigint not null
);
