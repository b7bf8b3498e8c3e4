-- Accounts administered in the application: an email, a team scope for users without a
-- staff record, one-time passwords that must be changed, a version for safe concurrent
-- edits.
alter table access.app_user add column email text;
alter table access.app_user add column team_id bigint references organisation.team (id);
alter table access.app_user add column password_change_required boolean not null default false;
-- bumped on every password change or reset, so a sign-in made with the old password ends
alter table access.app_user add column password_generation integer not null default 0;
alter table access.app_user add column version integer not null default 0;
alter table access.app_user add column updated_at timestamptz;
alter table access.app_user add column updated_by text;

create unique index app_user_email_idx on access.app_user (lower(email)) where email is not null;
create index app_user_team_idx on access.app_user (team_id) where team_id is not null;

