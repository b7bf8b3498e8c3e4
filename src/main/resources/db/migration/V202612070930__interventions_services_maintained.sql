-- The directory maintained in the application: a service is edited with a version and retired on a date (never
-- deleted: referrals refer to it); retired services are no longer offered.
alter table interventions.service add column retired_on date;
alter table interventions.service add column version integer not null default 0;
alter table interventions.service add column updated_at timestamptz;
alter table interventions.service add column updated_by text;
