-- A sign-in attempt is claimed (as a failure) before its password is checked and given
-- back if the password was right, so parallel guesses cannot all pass the count first;
-- each attempt also records the client's address, so one address is limited too.
alter table access.sign_in_failure add column id bigint generated always as identity primary key;
alter table access.sign_in_failure add column address text;
create index sign_in_failure_address_idx on access.sign_in_failure (address, failed_at) where address is not null;
