-- A manager may send a proposed breach or recall back to its officer with reasons instead of
-- countersigning it; the officer corrects it and proposes it again. Kept apart from the
-- court's or the Public Protection Casework Section's returns, which the timeliness report counts.
alter table enforcement.action drop constraint action_state_check;
alter table enforcement.action add constraint action_state_check
    check (state in ('ISSUED', 'PROPOSED', 'SENT_BACK', 'COUNTERSIGNED', 'SUBMITTED', 'RETURNED', 'DECIDED'));
alter table enforcement.action add column sent_back_on date;
alter table enforcement.action add column sent_back_by text;
alter table enforcement.action add column sent_back_reason text;
alter table enforcement.action add column times_sent_back integer not null default 0;

-- The managers' queue reads proposals waiting for countersignature across a team or provider.
create index action_proposed_idx on enforcement.action (created_on) where state = 'PROPOSED';
