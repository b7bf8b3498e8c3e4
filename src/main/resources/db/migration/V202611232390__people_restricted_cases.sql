-- A restricted case (a member of staff, a public figure, a protected witness) is read only by those named on it and
-- is never drawn into an inspection sample.
alter table people.person add column restricted boolean not null default false;
