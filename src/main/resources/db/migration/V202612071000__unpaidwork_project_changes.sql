-- Projects are edited in the application (issue 26): a version refuses a change made meanwhile by someone else,
-- and who last changed a project is kept beside the audit trail.
alter table unpaidwork.project add column version integer not null default 0;
alter table unpaidwork.project add column updated_at timestamptz;
alter table unpaidwork.project add column updated_by text;
