-- Staff and workforce records kept in the application: a leaving date (their cases wait for reallocation before it),
-- team moves with their dates, who recorded training, reductions by kind (hours, or a percentage of contracted hours
-- turned into hours when recorded) and who recorded them.
alter table organisation.staff add column leaves_on date;
alter table organisation.staff add column updated_at timestamptz;
alter table organisation.staff add column updated_by text;

create table organisation.staff_move (
    id            bigint generated always as identity primary key,
    staff_id      bigint not null references organisation.staff (id),
    from_team_id  bigint references organisation.team (id),
    to_team_id    bigint not null references organisation.team (id),
    moved_on      date not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create index staff_move_staff_idx on organisation.staff_move (staff_id, id);

alter table organisation.training_record add column recorded_by text;

alter table allocation.reduction add column kind text not null default 'OTHER'
    check (kind in ('LEAVE', 'SICKNESS', 'TRAINING', 'TRAINEE', 'NEWLY_QUALIFIED', 'SPECIALIST_ROLE', 'OTHER'));
alter table allocation.reduction add column percent numeric(5, 2) check (percent is null or (percent > 0 and percent <= 100));
alter table allocation.reduction add column recorded_by text;
alter table allocation.reduction add column recorded_at timestamptz;
update allocation.reduction set kind = case
    when reason ilike '%sickness%' then 'SICKNESS'
    when reason ilike '%leave%' then 'LEAVE'
    when reason ilike '%training%' then 'TRAINING'
    else 'OTHER' end;
