-- A contact lasts less than a day: an appointment at most 12 hours (Appointments checks it) and an unpaid work
-- session lies within one day. Held here for every way a contact is written, so that a search for the bookings
-- overlapping a period reads only those starting in the day before it, not the officer's or the person's whole
-- history (the clash check on every booking read every earlier contact of the officer: 2.6 ms a booking under
-- the load test, bench/load.sh).
alter table contacts.contact add constraint contact_lasts_less_than_a_day
    check (ends_at < starts_at + interval '1 day');

-- Contacts still waiting for their outcome (about 3% of all), and failures to comply (about 3%), for each
-- person: every page's count of things to do reads both for the practitioner's whole caseload, and read
-- through the person index they meant every contact of every case (3.5 ms each under the load test).
create index contact_awaiting_outcome_idx on contacts.contact (person_id, starts_at) where outcome is null;
create index contact_failure_idx on contacts.contact (person_id, starts_at)
    where outcome in ('ATTENDED_FAILED_TO_COMPLY', 'FAILED_TO_ATTEND_UNACCEPTABLE');
analyze contacts.contact;
