-- Live oversight: management information reads these views and the other modules' public services.
create schema oversight;

-- Every person under supervision, where their case sits (officer, team, area) and their protected characteristics.
create view reporting.supervised_case as
select p.id as person_id, p.crn, p.forename, p.surname, p.provider_id, p.gender, p.ethnicity, p.date_of_birth,
       p.disability, p.religion, ro.staff_id, ro.from_date as allocated_on, st.team_id, st.office_id, b.area_id
from reporting.person_under_supervision u
join people.person p on p.id = u.person_id
left join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
left join organisation.staff st on st.id = ro.staff_id
left join organisation.office o on o.id = st.office_id
left join organisation.borough b on b.id = o.borough_id;

-- Each change of responsible officer (every assignment after a person's first).
create view reporting.officer_change as
select r.person_id, r.from_date as changed_on, r.reason
from people.responsible_officer r
where exists (select 1 from people.responsible_officer e where e.person_id = r.person_id and e.id <> r.id
              and (e.from_date < r.from_date or (e.from_date = r.from_date and e.id < r.id)));

-- Unpaid work attendance as recorded on the register.
create view reporting.unpaid_work_attendance as
select b.person_id, s.starts_at::date as session_on, b.attendance, b.minutes_credited
from unpaidwork.booking b join unpaidwork.session s on s.id = b.session_id
where b.status = 'BOOKED' and b.attendance is not null;

-- Every member of staff with what workforce information and staff equality monitoring count.
create view reporting.workforce as
select s.id as staff_id, s.code, s.forename, s.surname, s.grade, s.employment, s.contracted_hours, s.team_id,
       t.name as team_name,
       s.office_id, b.area_id, a.provider_id, s.gender, s.ethnicity, s.disability, s.religion, s.date_of_birth,
       s.start_date,
       exists (select 1 from organisation.performance_plan pp where pp.staff_id = s.id and pp.ended_on is null)
           as on_performance_plan,
       (select coalesce(sum(r.hours), 0) from allocation.reduction r where r.staff_id = s.id
          and r.reason ilike '%sickness%' and r.starts_on <= current_date
          and (r.ends_on is null or r.ends_on >= current_date)) as sickness_hours,
       (select count(*) from organisation.training_record t where t.staff_id = s.id
          and t.completed_on > current_date - interval '12 months') as training_completed,
       (select count(*) from organisation.training_record t where t.staff_id = s.id
          and t.expires_on between current_date and current_date + 90
          and not exists (select 1 from organisation.training_record n where n.staff_id = s.id
                          and n.course = t.course and n.completed_on > t.completed_on)) as training_due,
       (select count(*) from organisation.training_record t where t.staff_id = s.id and t.expires_on < current_date
          and not exists (select 1 from organisation.training_record n where n.staff_id = s.id
                          and n.course = t.course and n.completed_on > t.completed_on)) as training_expired,
       (select count(*) from people.responsible_officer ro where ro.staff_id = s.id and ro.to_date is null) as cases
from organisation.staff s
join organisation.office o on o.id = s.office_id
join organisation.borough b on b.id = o.borough_id
join organisation.area a on a.id = b.area_id
left join organisation.team t on t.id = s.team_id;

create view reporting.establishment as
select e.team_id, e.grade, e.posts from organisation.establishment e;

-- Each month's figures per provider, area and team, recorded by the platform (the month's latest value), so that
-- state figures (people overdue a contact, plans late...) have a trend; flow figures are counted from the record.
create table oversight.monthly_figure (
    month        date not null check (extract(day from month) = 1),
    scope        text not null check (scope in ('PROVIDER', 'AREA', 'TEAM')),
    scope_id     bigint not null,
    metric       text not null,
    count        integer not null check (count >= 0),
    denominator  integer not null check (denominator >= 0),
    source       text not null default 'RECORDED' check (source in ('RECORDED', 'DEMO')),
    recorded_at  timestamptz not null default now(),
    primary key (month, scope, scope_id, metric)
);

-- Where each case sits now (its current officer's team and area), supervised or not, for figures about the past.
create view reporting.case_location as
select ro.person_id, p.provider_id, ro.staff_id, st.team_id, b.area_id
from people.responsible_officer ro
join people.person p on p.id = ro.person_id
join organisation.staff st on st.id = ro.staff_id
join organisation.office o on o.id = st.office_id
join organisation.borough b on b.id = o.borough_id
where ro.to_date is null;

-- Protected characteristics of every person, for equality monitoring.
create view reporting.person_characteristics as
select p.id as person_id, p.provider_id, p.gender, p.ethnicity, p.date_of_birth, p.disability, p.religion
from people.person p;

-- Warnings, breaches and recalls as raised, for equality monitoring.
create view reporting.enforcement_action as
select a.person_id, a.kind, a.created_on from enforcement.action a;
