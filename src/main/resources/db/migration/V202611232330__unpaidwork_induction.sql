-- The unpaid work induction, recorded before the first session (policy).
create table unpaidwork.induction (
    requirement_id  bigint primary key references sentences.requirement (id) on delete cascade,
    person_id       bigint not null references people.person (id) on delete cascade,
    inducted_on     date not null,
    recorded_by     text not null,
    recorded_at     timestamptz not null default now()
);
