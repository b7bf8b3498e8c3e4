-- Providers, areas, boroughs, offices and teams administered in the application: each
-- opens and may close on a date (never deleted: cases and staff refer to them), carries a
-- version for safe concurrent edits, and keeps the history of its names and closing.
alter table organisation.provider add column opened_on date;
alter table organisation.provider add column closed_on date;
alter table organisation.provider add column version integer not null default 0;
alter table organisation.area add column opened_on date;
alter table organisation.area add column closed_on date;
alter table organisation.area add column version integer not null default 0;
alter table organisation.borough add column opened_on date;
alter table organisation.borough add column closed_on date;
alter table organisation.borough add column version integer not null default 0;
alter table organisation.office add column opened_on date;
alter table organisation.office add column closed_on date;
alter table organisation.office add column version integer not null default 0;
alter table organisation.team add column opened_on date;
alter table organisation.team add column closed_on date;
alter table organisation.team add column version integer not null default 0;

create table organisation.unit_history (
    id          bigint generated always as identity primary key,
    kind        text not null check (kind in ('PROVIDER', 'AREA', 'BOROUGH', 'OFFICE', 'TEAM')),
    unit_id     bigint not null,
    change      text not null check (change in ('OPENED', 'RENAMED', 'CLOSED', 'REOPENED')),
    name        text not null,
    effective_on date not null,
    changed_at  timestamptz not null,
    changed_by  text not null
);
create index unit_history_unit_idx on organisation.unit_history (kind, unit_id, id);
