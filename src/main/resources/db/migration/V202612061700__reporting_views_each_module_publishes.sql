-- What each module publishes for the others to read (ADR 18). A module's SQL names its own schema and reporting,
-- never another module's tables: these views are the published columns, with the tables' own names, so that a
-- module can change its tables behind them. Simple views: PostgreSQL plans a query through them as through the
-- tables, with the same indexes.

-- people
create view reporting.person as
select p.id, p.crn, p.provider_id, p.forename, p.surname, p.gender, p.transferred_out_on
from people.person p;

create view reporting.address as
select a.person_id, a.borough_id, a.from_date, a.to_date
from people.address a;

create view reporting.responsible_officer as
select r.id, r.person_id, r.staff_id, r.from_date, r.to_date
from people.responsible_officer r;

-- organisation
create view reporting.provider as
select p.id, p.name from organisation.provider p;

create view reporting.area as
select a.id, a.provider_id, a.code, a.name from organisation.area a;

create view reporting.borough as
select b.id, b.area_id, b.name from organisation.borough b;

create view reporting.office as
select o.id, o.borough_id from organisation.office o;

create view reporting.office_borough as
select ob.office_id, ob.borough_id from organisation.office_borough ob;

create view reporting.team as
select t.id, t.name from organisation.team t;

create view reporting.staff as
select s.id, s.code, s.grade, s.team_id, s.office_id from organisation.staff s;

-- sentences
create view reporting.sentence as
select s.id, s.person_id, s.kind, s.status, s.start_date, s.expected_end_date, s.ended_on
from sentences.sentence s;

create view reporting.requirement as
select r.id, r.sentence_id, r.kind, r.status, r.amount_ordered, r.amount_done, r.start_date, r.end_date
from sentences.requirement r;

-- contacts
create view reporting.contact as
select c.id, c.person_id, c.type, c.starts_at, c.requirement_id, c.outcome
from contacts.contact c;

-- assessment
create view reporting.registration as
select g.person_id, g.type, g.ended_on from assessment.registration g;

create view reporting.tier as
select t.person_id, t.tier from assessment.tier t;

-- access
create view reporting.case_restriction as
select x.person_id, x.username, x.kind from access.case_restriction x;

-- unpaid work: each booking with its session and project, for the register's contacts and hours
create view reporting.unpaid_work_booking as
select b.id, b.person_id, b.requirement_id, b.session_id, b.status, b.attendance, b.absence_reason,
       b.minutes_credited, b.recorded_by, b.recorded_at, b.booked_by, b.booked_at, s.starts_at, s.ends_at,
       p.name as project
from unpaidwork.booking b
join unpaidwork.session s on s.id = b.session_id
join unpaidwork.project p on p.id = s.project_id;
