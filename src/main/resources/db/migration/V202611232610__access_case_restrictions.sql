-- Restricted and excluded access. A restricted case (people.person.restricted) is read only by the users named as
-- allowed on it; a user named as excluded from a case never reads it, whatever their role or team. Each entry has a
-- reason, shown to the person refused, and who added it.
create table access.case_restriction (
    person_id  bigint not null references people.person (id) on delete cascade,
    username   text not null,
    kind       text not null check (kind in ('ALLOWED', 'EXCLUDED')),
    reason     text not null,
    added_by   text not null,
    added_at   timestamptz not null default now(),
    primary key (person_id, username)
);
create index case_restriction_user_idx on access.case_restriction (username, kind);
